// Corporate buzzwords ("synergy", "circle back", "move the needle"): they sound like a pitch deck, so the recipient stops reading the note as a note from a person.
//
// Borderline choices, so a personal note rarely trips them:
// - "leverage" alone is left out: as a noun it is ordinary finance language, and as a verb it describes
//   someone's work ("your post on leveraging Postgres for queues"). Only "leverage our" / "leverage your" are listed.
// - "deep dive" alone is left out: it is the usual name for a long technical post ("your deep dive into the GC").
//   Only the meeting forms are listed ("do a deep dive", "a deep dive call", "a deep dive into your").
// - "ninja", "guru" and "wizard" alone are left out (Ninja is a build system, "guru" a common handle); they are
//   listed as job labels ("JavaScript ninja", "growth guru", "ninja developer").
// - "ecosystem", "disrupt", "scalable", "robust", "seamless" alone are plain engineering words; only marketing
//   forms are listed ("thriving ecosystem", "disrupt the industry", "scalable solutions", "seamless integration").
// - "state of the art" alone is left out (research notes say "beat the state of the art on GLUE"); only the
//   product form "state-of-the-art solution/platform" is listed.
// - "on my radar" is left out ("your library has been on my radar since 1.0" is a personal note); only the
//   pitch question "on your radar" is listed.
// - "data-driven" and "passionate about" are listed only in self-descriptions and stock collocations, because a
//   note may describe the recipient's actual interests or method.
// - "drive growth" includes "drove growth", which can quote the recipient's own result; it is still reported
//   because it is the résumé and pitch collocation, and the fix (name the number) applies either way.
// - Longer recruiter frames ("I have an exciting opportunity") live in recruiter.ts; "pain points" in sales-pitch.ts.
import type { PhraseEntry } from '../types.js';

/** What each side gets: the fix for most value-speak. */
const FOR_YOU = 'For you: ${1:what they get}. For us: ${2:what you get}.';

export const buzzwordPhrases: readonly PhraseEntry[] = [
  // Meeting-room jargon: words for talking that hide what you want to talk about.
  {
    phrase: '(synergy|synergies|synergize~|synergise~|synergistic)',
    category: 'buzzword',
    why: 'The textbook corporate buzzword; the recipient reads it as a sign that the note is a pitch with no specifics.',
    instead: 'Say what each side would bring, in plain words.',
    structure: 'You have ${1:what they bring}; we have ${2:what you bring}. Together: ${3:concrete result}.',
  },
  {
    phrase: 'circle~ back',
    category: 'buzzword',
    why: 'Meeting-room jargon that makes the note sound like a status update from a stranger.',
    instead: 'Say when you will come back to it and with what.',
    structure: 'I will send ${1:what} on ${2:when}.',
  },
  {
    phrase: '(move~ the needle|needle mover~|needle moving)',
    category: 'buzzword',
    why: 'It claims impact without naming a measure, so the recipient cannot check or care.',
    instead: 'Name the number you expect to change and by roughly how much.',
    structure: '${1:metric} from ${2:current value} to ${3:expected value}',
  },
  {
    phrase: '(have|has|had|having) the bandwidth',
    category: 'buzzword',
    why: 'Office jargon for "have time" that makes a personal ask sound like resource planning.',
    instead: 'Ask whether they have the actual time, with the amount stated.',
    structure: 'Would ${1:20} minutes in ${2:timeframe} be possible?',
  },
  {
    phrase: 'on your radar',
    category: 'buzzword',
    why: 'Asking whether something is on their radar is pitch jargon; it is vague about what you are actually asking.',
    instead: 'Ask plainly whether they are working on it, planning it, or not.',
  },
  {
    phrase: '((do|doing|schedule|book|run|take|taking) a *1 deep dive|deep dive (call|session|meeting|workshop)|deep dive (into|on) your)',
    category: 'buzzword',
    why: 'A "deep dive" meeting promises depth without saying on what, so it reads as a consultant\'s agenda item.',
    instead: 'Name the one question you want to go deep on.',
    structure: 'Could we spend ${1:20} minutes on ${2:one specific question}?',
  },
  {
    phrase: '(low hanging fruit|quick win~|(30 000|30000|10 000|10000|50 000|50000) foot (view|level|overview)|helicopter view|blue sky thinking|(think~|thinking) outside (of )?the box|paradigm shift~)',
    category: 'buzzword',
    why: 'Consultant jargon that promises easy wins or big ideas without naming one, so the reader has nothing to judge.',
    instead: 'Name the specific improvement or idea and the evidence for it, in one sentence.',
  },

  // Value-speak: words that assert value instead of showing it.
  {
    phrase: '(win win|mutually (beneficial|advantageous|rewarding)|(create~|build~|drive~|unlock~|deliver~) *3 value together|(create~|unlock~|drive~|deliver~) (mutual|shared) value|(provide~|deliver~|bring~|create~|offer~) *1 value (to|for) (you|your|each other|both))',
    category: 'buzzword',
    why: 'A benefit for both sides that is asserted, not named, reads as a cover for an ask that mostly suits yours.',
    instead: 'Spell out what they get, first and concretely, then what you get.',
    structure: FOR_YOU,
  },
  {
    phrase: '(strategic (partnership~|alliance~|collaboration~)|(strong|natural|great|clear|perfect|obvious|genuine|strategic) alignment|(do|doing|achieve~|create~|build~|accomplish~) (great|amazing|big|incredible) things together|(well|closely|perfectly|strongly) aligned (on|with|in) *2 (goals|values|vision|mission|priorities)|share (the same|a similar|a common) (vision|mission)|(bring|brings|bringing|brought) *2 to the table|tap~ into (your|our|their) (expertise|network|knowledge|experience|insights|audience|talent))',
    category: 'buzzword',
    why: 'Alignment, shared vision and "what we bring to the table" assert a fit without saying between what.',
    instead: 'Name their goal and the one thing you would bring to it, or the arrangement: who does what.',
    structure: 'You are working on ${1:their goal}; we ${2:what you bring}.',
  },
  {
    phrase: 'add~ (real |more |huge |significant |massive |tremendous )?value',
    category: 'buzzword',
    why: 'Saying you will add value asserts it instead of showing it; the recipient still does not know what you offer.',
    instead: 'Name the value itself, such as time saved, a cost cut or a risk removed, in their terms.',
  },
  {
    phrase: '(value add~|value proposition~|value prop|value props|actionable insights)',
    category: 'buzzword',
    why: 'Sales-deck vocabulary that talks about the pitch instead of making it.',
    instead: 'State the proposition: what they get, for what, in one sentence.',
  },
  {
    phrase: '((unlock~|unleash~|maximize|maximise|reach) (your|the|their) (full |true |hidden |untapped )?potential|untapped potential)',
    category: 'buzzword',
    why: 'Coaching-ad language that recipients associate with upsells and courses, not with a specific offer.',
    instead: 'Say what concrete change you help people make, with one example.',
  },
  {
    phrase: '(drive|drives|driving|drove) (*1 (growth|results|engagement|impact|innovation|value|efficiency|transformation|success)|(technical |operational )?excellence|the *1 agenda)',
    category: 'buzzword',
    why: '"Drive growth" and "drive results" are résumé and pitch filler that name no result.',
    instead: 'Give the result: the metric, the change and the time it took.',
  },
  {
    phrase: '((customer|client|human|people) centric|(data|insight|insights|metrics) (driven|led|first) (approach|decisions|decision making|insights|solution~|marketing|marketer|strategy|strategies|culture|results|leader|mindset|growth|company|agency|team|partner|platform|campaigns)|digital transformation)',
    category: 'buzzword',
    why: 'A label nearly every company claims; it says nothing about which data, which customer or which system.',
    instead: 'Name the data you used or the system you changed, and the decision or result it led to.',
  },
  {
    phrase: 'future proof~ (your|their|our)',
    category: 'buzzword',
    why: 'A promise about the future that no one can check.',
    instead: 'Name the specific risk you would reduce and how you would reduce it.',
  },

  // Hype adjectives and superlatives.
  {
    phrase: '(exciting|amazing|incredible|fantastic|unique) (new )?(opportunity|opportunities)',
    category: 'buzzword',
    why: 'Recruiters and vendors attach it to every offer, so it tells the reader nothing about this one.',
    instead: 'Give the facts that make it exciting: the team, the problem, the pay range, the place.',
    structure: '${1:role or offer} with ${2:team}, ${3:key fact}: ${4:why them}.',
  },
  {
    phrase: 'forward thinking *1 (leaders|leader|people|professionals|companies|company|brands|organizations|organisations|individuals|minds|teams|founders|executives|thinkers|innovators|businesses|partners)',
    category: 'buzzword',
    why: 'A flattering label that fits anyone; the reader cannot tell what thinking you mean.',
    instead: 'Name the idea or decision of theirs that was ahead of its time.',
  },
  {
    phrase: '(fast|fastest|rapidly|quickly|hyper) growing *2 (startup~|start up~|company|companies|scale up~|scaleup~|business|brand~|agency|saas|fintech|firm|series a|series b|series c)',
    category: 'buzzword',
    why: 'Every company in a pitch or job ad is fast-growing, so the phrase tells the reader nothing.',
    instead: 'Give the fact behind it: headcount, revenue growth or funding, with a number.',
  },
  {
    phrase: '(game changer~|game changing|disruptive|revolutionary|revolutionize~|revolutionise~|disrupt~ (the|your|a|an|this|their) *3 (industry|market|space|status quo|sector|category))',
    category: 'buzzword',
    why: 'Every product claims to change the game or disrupt an industry, so recipients, investors especially, discount it.',
    instead: 'Say what changes, for whom, at its real size, and how you know.',
  },
  {
    phrase: '(is|it is|this is|that is|makes it|should be) *2 no brainer',
    category: 'buzzword',
    why: 'Calling your own offer a no-brainer asks the reader to skip the thinking you have not shown them.',
    instead: 'Give the one number or fact that would make the decision easy, and let them judge.',
  },
  {
    phrase: '(best in class|world class|cutting edge|bleeding edge|industry leading|market leading|top notch|top tier|best of breed|second to none|unparalleled|unrivalled|unrivaled|unmatched (quality|service|expertise|results|value|support))',
    category: 'buzzword',
    why: 'An unverifiable superlative that every vendor uses about itself, so recipients skip it.',
    instead: 'Give the comparison, benchmark or fact behind the claim, or drop it.',
  },
  {
    phrase: '((innovative|end to end|turnkey|scalable|tailored|bespoke|holistic|robust|seamless|one stop|all in one|cutting edge|customized|customised|comprehensive|cost effective|next generation|next gen|high quality|affordable|flexible|powerful|smart) (digital |software |business |marketing |tech |custom |cloud )?solution~|state of the art (solution~|technology|platform~|software|tool~|service~|product~|system~)|(a |your |the )?one stop (shop|solution|destination|partner|agency|provider|hub|platform)|(our|an|the) (ai powered|ai driven|ai first|ai enabled|ai native|next gen|next generation|all in one|proprietary) (platform|solution~|tool~|software|assistant|engine|system|technology|product|app|suite|crm))',
    category: 'buzzword',
    why: 'A label on the product instead of a description: the recipient cannot tell what you sell, only that you think it is good.',
    instead: 'Name the product and the one problem it solves for people like them.',
    structure: '${1:product} helps ${2:teams like theirs} ${3:solve specific problem}.',
  },
  {
    phrase: '(tailored|tailor made|customized|customised|personalized|personalised|designed|built) (specifically |uniquely )?(to|for|around) (fit |meet |suit )?(your|you and your) *1 (needs|requirements|business|goals|budget|team|company|organization|industry|brand|situation|use case|workflow|objectives|challenges)',
    category: 'buzzword',
    why: 'Tailored to needs you have not described yet; the reader knows the same line went to everyone.',
    instead: 'Name their actual need, as you understand it, and how you would meet it.',
  },
  {
    phrase: '((supercharge~|turbocharge~|skyrocket~|catapult~) (your|their|our|the)|(unlock~|unleash~) *1 (growth|revenue|opportunities|efficiencies|savings|revenue streams)|hypergrowth|hyper growth|hyper (personalized|personalised|personalization|personalisation)|(take|taking|takes|took|bring|bringing|brings|elevate~) *2 to the next level|(to|reach~|soar~ to|rise to) new heights|(in|for) (the|today\'s) (digital|modern) (age|era|world|landscape))',
    category: 'buzzword',
    why: 'Ad-copy verbs that promise more, faster or higher without a direction or a number.',
    instead: 'Say what gets better, by roughly how much, for a customer like them.',
  },
  {
    phrase: '((dedicated|committed|devoted) to (your|our (clients|customers|partners)|the) (long term )?success|(dedicated|committed|devoted) to (delivering|providing|offering|ensuring|exceeding) *2 (value|results|service|quality|outcomes|solutions|experiences|satisfaction|expectations)|(we|i|our team|my team) (always |will always |will |consistently |pride ourselves on |strive to )?(go|goes|going|went|to go) ((the )?extra mile|above and beyond)( for (every|each|our|all our) (client|clients|customer|customers|project))?|(a|your|our|as a|as your|their) trusted (advisor|adviser|partner|advisors|partners))',
    category: 'buzzword',
    why: 'Every vendor says it goes the extra mile and is committed to your success, so the line carries no information.',
    instead: 'Name the concrete thing you did for a client, or will do for them in the first month.',
  },
  {
    phrase: 'thought (leader|leaders|leadership)',
    category: 'buzzword',
    why: 'Used as flattery it sounds empty, and used about yourself it sounds self-important.',
    instead: 'Refer to the specific idea they are known for.',
    structure: 'Your argument that ${1:their idea} ${2:how it applies to you}.',
  },
  {
    phrase: '((thriving|vibrant|holistic|innovation|partner|integrated|connected|seamless) ecosystem~|(seamless|seamlessly) (integration~|integrate~|integrating)|streamline~ your)',
    category: 'buzzword',
    why: 'Every integration is seamless and every ecosystem thriving in a pitch; engineers on the receiving end discount the rest.',
    instead: 'Name the integration or process and a realistic effort, such as "one config file" or "an afternoon".',
  },
  {
    phrase: '(holistic (approach|strategy|perspective|view|solution~)|(innovative|unique|tailored|bespoke|strategic|proven|comprehensive|360 degree|full funnel|data driven|results driven|personalized|personalised) approach (that |which )?(helps|delivers|drives|ensures|guarantees|maximizes|combines|allows|enables|empowers))',
    category: 'buzzword',
    why: 'It claims completeness without describing the approach, so the reader has nothing to evaluate.',
    instead: 'List the two or three things the approach covers.',
  },
  {
    phrase: 'empower~ (you|your|teams|businesses|companies|organizations|organisations|brands|leaders|people|individuals|clients|customers|founders|professionals)',
    category: 'buzzword',
    why: 'Vendor and coaching self-description that says how you feel about your work, not what it does.',
    instead: 'Say what your customers can do now that they could not before.',
  },
  {
    phrase: "leverage~ (our|your|the power of|our combined|our collective|each other's|synergies|cutting edge|best in class|proprietary)",
    category: 'buzzword',
    why: 'Sales-speak for "use"; telling someone you want to leverage their network or expertise reads as wanting to use them.',
    instead: 'Say "use" and name the concrete thing, or ask for the specific thing you want.',
  },

  // Résumé self-labels and recruiter job labels.
  {
    phrase: '((i|we) (am|are|have always been|have been|have long been) *1 passionate about|(very|extremely|deeply|truly|incredibly|really|super|genuinely|highly) passionate about)',
    category: 'buzzword',
    why: 'Passion is claimed by nearly every job seeker and founder, so the recipient skims for evidence and finds none.',
    instead: 'Show the interest with something you built, wrote or contributed.',
    structure: 'I ${1:built, wrote or contributed} ${2:what} because ${3:reason}.',
  },
  {
    phrase: '(results (driven|oriented|focused)|self starter~|go getter~|(i am a |a )?(quick|fast|eager|avid) learner~|(strategic|creative|critical|big picture|out of the box|innovative|analytical) thinker~|passionate (professional|leader|individual|team player|problem solver|marketer|entrepreneur|developer|engineer)|dynamic (professional|individual|leader|team player)|(a |with a |have a |my )?(passion|passionate) (for|about) (solving|tackling) *2 problems|(proven|strong|solid|demonstrated|successful) track record|core (competency|competencies|competence)|growth mindset)',
    category: 'buzzword',
    why: 'A résumé label every applicant claims about themselves, so it distinguishes no one.',
    instead: 'Replace the label with one thing you did that shows it, with a number or a name.',
  },
  {
    phrase: "((hit|hits|hitting) the ground running|roll~ up (my|our|their|your) sleeves|thrive~ (in|on|under) (a |an )?(fast paced|dynamic|ambiguous|high pressure|high growth|startup|fast moving|pressure)( environment~)?|fast paced (environment~|team~|company|startup|world)|dynamic (team|environment)|rockstar~|rock star~|(coding|code|marketing|sales|growth|javascript|python|react|java|php|seo|excel|data|devops|tech|design|ux|frontend|front end|backend|back end|full stack|social media|content|ai|cloud|software|recruiting) (ninja~|guru~|wizard~|unicorn~|jedi|superstar~)|(ninja|guru|wizard|unicorn|superstar) (developer~|engineer~|coder~|programmer~|marketer~|designer~|recruiter~)|(candidate|hire|engineer|developer|professional|he|she|they|this person) (is|would be|will be|could be) a (real |true )?difference maker)",
    category: 'buzzword',
    why: 'A job-ad cliché about the person or the pace that describes no real work, and many engineers read it as a warning sign.',
    instead: 'Describe the actual work: the role, the team, the stack, the pace and the problem the person would own.',
    structure: '${1:role} on ${2:team}, working on ${3:problem} with ${4:stack}.',
  },
  {
    phrase: '(fellow )?(change maker~|changemaker~|trailblazer~|trail blazer~|visionary leader~|industry disruptor~)',
    category: 'buzzword',
    why: 'A flattering label that fits anyone on the list; it tells the reader nothing about why you wrote to them.',
    instead: 'Name the change they actually made and what it did.',
  },
];
