// Corporate buzzwords ("synergy", "touch base", "move the needle"): they sound like a pitch deck, so the recipient stops reading the note as a note from a person.
//
// Borderline choices, so a personal note rarely trips them:
// - "leverage" alone is left out: as a noun it is ordinary finance language (founders writing to investors use it),
//   and as a verb it also appears when people describe someone's work ("your post on leveraging Postgres for
//   queues"). Only the sales forms "leverage our" / "leverage your" are listed, which are almost always pitch-speak.
// - "deep dive" is left out: it is the usual name for a long technical post ("your deep dive into the GC"), which is
//   exactly the kind of specific reference a good note makes.
// - "ninja" and "guru" are left out: Ninja is a build system and "guru" is a common product and handle name in
//   developer outreach; "rockstar" (one word) is kept because it is almost only recruiter-speak.
// - "robust", "scalable", "seamless", "ecosystem", "bandwidth", "disrupt" alone are left out: they are plain
//   engineering or networking words. Only unmistakable marketing forms are listed ("seamless integration",
//   "have the bandwidth", "disruptive").
// - "paradigm" alone is left out (researchers say "experimental paradigm", developers "programming paradigm");
//   "paradigm shift" is listed.
// - "innovative" alone is left out (real praise can use it); "innovative solutions" is listed.
// - "passionate about" alone is left out because a note may describe the recipient's interests; the self-description
//   "I'm passionate about" is listed.
import type { PhraseEntry } from '../types.js';

export const buzzwordPhrases: readonly PhraseEntry[] = [
  {
    phrase: 'synergy',
    category: 'buzzword',
    why: 'The textbook corporate buzzword; the recipient reads it as a sign that the note is a pitch with no specifics.',
    instead: 'Say what each side would bring, in plain words.',
    structure: 'You have ${1:what they bring}; we have ${2:what you bring}. Together: ${3:concrete result}.',
  },
  {
    phrase: 'synergies',
    category: 'buzzword',
    why: 'Plural synergies are even vaguer than one; the recipient cannot picture a single thing you mean.',
    instead: 'Replace it with the one concrete overlap between your work and theirs.',
  },
  {
    phrase: 'synergize',
    category: 'buzzword',
    why: 'A verb made from a buzzword, which makes a personal note sound like a slide.',
    instead: 'Use the plain verb for what you would do together: integrate, co-host, share data, refer customers.',
  },
  {
    phrase: 'synergistic',
    category: 'buzzword',
    why: 'It promises value without describing any, and recipients have learned to discount it.',
    instead: 'Describe the specific benefit for them in one clause.',
  },
  {
    phrase: 'touch base',
    category: 'buzzword',
    why: 'Office jargon for "talk" that hides what you want to talk about.',
    instead: 'Say what you want to discuss and how long it would take.',
    structure: 'Could we talk for ${1:15} minutes about ${2:topic}?',
  },
  {
    phrase: 'touching base',
    category: 'buzzword',
    why: 'It announces contact without content, which is why recipients skim past it.',
    instead: 'Put the content in the sentence: the update, question or offer.',
  },
  {
    phrase: 'circle back',
    category: 'buzzword',
    why: 'Meeting-room jargon that makes the note sound like a status update from a stranger.',
    instead: 'Say when you will come back to it and with what.',
    structure: 'I will send ${1:what} on ${2:when}.',
  },
  {
    phrase: 'move the needle',
    category: 'buzzword',
    why: 'It claims impact without naming a measure, so the recipient cannot check or care.',
    instead: 'Name the number you expect to change and by roughly how much.',
    structure: '${1:metric} from ${2:current value} to ${3:expected value}',
  },
  {
    phrase: 'moving the needle',
    category: 'buzzword',
    why: 'Pitch-deck language that signals a sales script rather than an observation about their business.',
    instead: 'Cite the specific result, ideally from a customer like them.',
  },
  {
    phrase: 'low-hanging fruit',
    category: 'buzzword',
    why: 'It implies their team missed easy wins, which is a poor first thing to tell a stranger.',
    instead: 'Name the specific improvement and the evidence that it is easy.',
  },
  {
    phrase: 'quick wins',
    category: 'buzzword',
    why: 'A consultant phrase that promises results without saying which.',
    instead: 'Name one concrete change and what it saved someone else.',
  },
  {
    phrase: 'value add',
    category: 'buzzword',
    why: 'Calling something a value add asserts value instead of showing it.',
    instead: 'Describe the value itself, such as time saved, a cost cut or a risk removed, in their terms.',
  },
  {
    phrase: 'win-win',
    category: 'buzzword',
    why: 'Announcing that a deal is good for both sides makes the recipient suspect it mostly suits yours.',
    instead: 'Spell out what they get, first and concretely.',
    structure: 'For you: ${1:what they get}. For us: ${2:what you get}.',
  },
  {
    phrase: 'mutually beneficial',
    category: 'buzzword',
    why: 'It promises a benefit without naming it, which the recipient reads as a cover for an ask.',
    instead: 'Name the benefit to them in one sentence.',
  },
  {
    phrase: 'game changer',
    category: 'buzzword',
    why: 'Every product claims to be one, so the phrase has stopped meaning anything to recipients.',
    instead: 'Say what changes, for whom, and how you know.',
  },
  {
    phrase: 'game-changing',
    category: 'buzzword',
    why: 'Hype adjectives make the recipient discount everything around them.',
    instead: 'Replace the adjective with the measurable difference.',
  },
  {
    phrase: 'thought leader',
    category: 'buzzword',
    why: 'Used as flattery it sounds empty, and used about yourself it sounds self-important.',
    instead: 'Refer to the specific idea they are known for.',
    structure: 'Your argument that ${1:their idea} ${2:how it applies to you}.',
  },
  {
    phrase: 'thought leadership',
    category: 'buzzword',
    why: 'Marketing jargon for "writing and talks"; in a personal note it reads as a sales category.',
    instead: 'Name the post, talk or report.',
  },
  {
    phrase: 'paradigm shift',
    category: 'buzzword',
    why: 'An overused academic term that now signals hype to most readers.',
    instead: 'Describe the concrete change in how things are done.',
  },
  {
    phrase: 'best-in-class',
    category: 'buzzword',
    why: 'An unverifiable superlative that every vendor uses about itself.',
    instead: 'Give the comparison or benchmark behind the claim, or drop it.',
  },
  {
    phrase: 'world-class',
    category: 'buzzword',
    why: 'A superlative recipients have learned to skip, whether it describes you or them.',
    instead: 'State the fact that would make someone call it world-class.',
  },
  {
    phrase: 'cutting-edge',
    category: 'buzzword',
    why: 'Vague praise for technology that names neither the technology nor the edge.',
    instead: 'Name the technique or result you mean.',
  },
  {
    phrase: 'bleeding-edge',
    category: 'buzzword',
    why: 'Hype that tells the recipient nothing about what the thing does.',
    instead: 'Describe what it does that older tools cannot.',
  },
  {
    phrase: 'next level',
    category: 'buzzword',
    why: 'It promises an improvement with no direction or size, so there is nothing to evaluate.',
    instead: 'Say what specifically would improve and by how much.',
  },
  {
    phrase: 'outside the box',
    category: 'buzzword',
    why: 'A cliché about originality, which undercuts itself.',
    instead: 'Describe the unusual idea itself.',
  },
  {
    phrase: 'disruptive',
    category: 'buzzword',
    why: 'Startup hype that recipients, investors especially, have learned to discount.',
    instead: 'Say who loses business to you and why.',
  },
  {
    phrase: 'revolutionize',
    category: 'buzzword',
    why: 'An inflated promise that makes the rest of the message sound inflated too.',
    instead: 'Describe the specific improvement, at its real size.',
  },
  {
    phrase: 'innovative solutions',
    category: 'buzzword',
    why: 'The recipient cannot tell what you sell, only that you think it is new.',
    instead: 'Name the product and the one problem it solves for people like them.',
    structure: '${1:product} helps ${2:teams like theirs} ${3:solve specific problem}.',
  },
  {
    phrase: 'actionable insights',
    category: 'buzzword',
    why: 'A dashboard-vendor phrase that says nothing about which insight or what action.',
    instead: 'Give one example of an insight and the action it led to.',
  },
  {
    phrase: 'seamless integration',
    category: 'buzzword',
    why: 'Every integration is sold as seamless, so the word adds no information.',
    instead: 'Say what it integrates with and how long setup takes.',
  },
  {
    phrase: 'seamlessly integrates',
    category: 'buzzword',
    why: 'Engineers on the receiving end know nothing integrates seamlessly and discount the rest.',
    instead: 'Name the integration and a realistic effort, such as "one config file" or "an afternoon".',
  },
  {
    phrase: 'holistic approach',
    category: 'buzzword',
    why: 'It claims completeness without describing the approach.',
    instead: 'List the two or three things the approach covers.',
  },
  {
    phrase: 'streamline your',
    category: 'buzzword',
    why: 'A stock sales verb that could precede any product and any process.',
    instead: 'Name the process and the step that gets shorter.',
  },
  {
    phrase: 'we empower',
    category: 'buzzword',
    why: 'Vendor self-description that says how you feel about your product, not what it does.',
    instead: 'Say what your customers can do now that they could not before.',
  },
  {
    phrase: 'leverage our',
    category: 'buzzword',
    why: 'Sales-speak for "use our"; it sounds like a pitch before the recipient knows what is offered.',
    instead: 'Say "use" and name the concrete thing they would use.',
  },
  {
    phrase: 'leverage your',
    category: 'buzzword',
    why: 'Telling someone you want to leverage their expertise or network reads as wanting to use them.',
    instead: 'Ask for the specific thing you want from their experience.',
  },
  {
    phrase: 'have the bandwidth',
    category: 'buzzword',
    why: 'Office jargon for "have time" that makes a personal ask sound like resource planning.',
    instead: 'Ask whether they have the actual time, with the amount stated.',
    structure: 'Would ${1:20} minutes in ${2:timeframe} be possible?',
  },
  {
    phrase: 'pain points',
    category: 'buzzword',
    why: 'A sales-training term; recipients hear that they are being qualified, not listened to.',
    instead: 'Name the specific problem you think they have and why you think so.',
  },
  {
    phrase: 'exciting opportunity',
    category: 'buzzword',
    why: 'Recruiters attach it to every role, so it tells the candidate nothing about this one.',
    instead: 'Give the facts that make it exciting: the team, the problem, the pay range, the location.',
    structure: '${1:role} on ${2:team}, ${3:pay range}, ${4:location}: ${5:why them}.',
  },
  {
    phrase: 'hit the ground running',
    category: 'buzzword',
    why: 'A job-application cliché that claims readiness without evidence.',
    instead: 'Name what you already know that they would otherwise have to teach.',
  },
  {
    phrase: 'results-driven',
    category: 'buzzword',
    why: 'A résumé adjective that everyone uses about themselves, so it distinguishes no one.',
    instead: 'Give one result with a number.',
  },
  {
    phrase: 'results-oriented',
    category: 'buzzword',
    why: 'Self-description that recruiters skip because it is on every profile.',
    instead: 'Replace it with one result you achieved.',
  },
  {
    phrase: 'self-starter',
    category: 'buzzword',
    why: 'A job-ad cliché; the recipient wants the thing you started, not the label.',
    instead: 'Mention a project you started without being asked.',
  },
  {
    phrase: 'go-getter',
    category: 'buzzword',
    why: 'A label with no evidence, and a dated one.',
    instead: 'Say what you went and got.',
  },
  {
    phrase: 'rockstar',
    category: 'buzzword',
    why: 'Recruiter hype that many engineers treat as a warning sign about the role.',
    instead: 'Describe the skills the role needs and why you think they have them.',
  },
  {
    phrase: 'proven track record',
    category: 'buzzword',
    why: 'It asserts proof without showing any.',
    instead: 'Show the record: one outcome, with a number or a name.',
  },
  {
    phrase: 'core competencies',
    category: 'buzzword',
    why: 'Management-report language that makes a personal note read like a brochure.',
    instead: 'Name the one or two skills that matter to this person.',
  },
  {
    phrase: 'fast-paced environment',
    category: 'buzzword',
    why: 'A job-ad stock phrase that candidates read as a euphemism for long hours.',
    instead: 'Describe the pace concretely: release cadence, team size, what a week looks like.',
  },
  {
    phrase: 'dynamic professional',
    category: 'buzzword',
    why: 'A self-applied label that conveys nothing a reader can check.',
    instead: 'Replace the label with one thing you did.',
  },
  {
    phrase: "I'm passionate about",
    category: 'buzzword',
    why: 'Passion is claimed by nearly every job seeker, so the recipient skims for evidence and finds none.',
    instead: 'Show the interest with something you built, wrote or contributed.',
    structure: 'I ${1:built, wrote or contributed} ${2:what} because ${3:reason}.',
  },
  {
    phrase: 'unlock your potential',
    category: 'buzzword',
    why: 'Coaching-ad language that recipients associate with upsells.',
    instead: 'Say what concrete change you help people make.',
  },
];
