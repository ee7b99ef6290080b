// Recruiter blast wording ("I have an exciting opportunity", "your background is a great fit", "my client, a leading fintech"): lines a recruiter pastes into hundreds of InMails, so the candidate reads them as proof nobody looked at their work.
//
// Borderline choices, so a personal recruiter note rarely trips them:
// - Facts are left alone: salary figures, locations, hybrid or remote, the stack, the funding round. Only the
//   adjectives that replace facts are listed ("competitive salary", "a leading fintech", "well funded").
// - "the role" / "this role" alone is never a pattern: a good note names the role ("the Staff SRE role on the
//   payments team"), so role patterns either need a stock frame ("a role I'm working on", "a role that might
//   interest you") or end before the role's name would start.
// - "rockstar", "ninja", "world-class", "fast-paced environment", "exciting opportunity" on their own live in
//   buzzwords.ts; the longer recruiter frames here start earlier in the sentence and so report the whole line.
// - "let me know if you're interested" and "open to new opportunities" on their own live in vague-asks.ts; the
//   recruiter forms here ("are you open to new opportunities", "let me know if the role sounds interesting")
//   start earlier and carry the recruiter message.
// - The recruiter's own asks ("a good time to call", "even if you're not looking", "happy to send the spec",
//   "are you available for new contracts") are filed as vague-ask, like other asks: in a note with a personal
//   detail the detail is what the call would be about, so they are left alone there.
// - Brochure adjectives may sit up to two words from the employer noun ("a fast-growing Series B fintech"),
//   but only the unmistakable ones; plain "leading", "major" or "exciting" get one word at most, so "a growing
//   number of companies" or "a leading voice for fintech" stay clean.
// - Confidentiality needs an intensifier or a stock frame ("highly confidential", "can't share much here"): an
//   executive-search note may say plainly that a mandate is confidential and then give the detail.
// - "in complete confidence" is listed, "with complete confidence" is not: the second is certainty, as in a reference.
// - Perks that a job seeker might ask about ("does it offer flexible hours?") are only listed in a pitch frame
//   ("enjoy flexible hours", "flexible hours and great pay") or in agency wording ("flexible start dates").
// - Talent networks are listed with "our" only: "add you to my network" is a networking line, not an agency one.
// - Growing a team is listed with "our" or "my client's" only, so a sales note that mentions the reader's hiring
//   ("saw you are growing your data team") is left to the sales data.
import type { PhraseEntry } from '../types.js';

const NAME_THE_ROLE = 'Hi ${1:first name}, I am hiring a ${2:role} at ${3:company} to ${4:the concrete problem}; your ${5:specific work} is why I wrote.';
const WHY_THEM = 'Your ${1:specific project, talk or commit} is close to ${2:what the team needs}: ${3:the link in one line}.';
const STATE_THE_FACTS = '${1:role} at ${2:company}, ${3:salary band}, ${4:location or remote}. Worth a ${5:15}-minute call?';
const THE_CLIENT_IS = 'The client is a ${1:size and sector} company hiring a ${2:role} for ${3:pay band}; the work is ${4:problem}.';

/** Intensifiers in front of an adjective or verb ("a truly exciting", "would really be"); optional. */
const VERY = '(very |really |truly |super |incredibly |genuinely |extremely |particularly |hugely |absolutely |definitely |potentially |certainly )?';
/** The adjectives a blast puts on a job instead of facts. */
const EXCITING =
  '(exciting|amazing|fantastic|great|unique|incredible|interesting|excellent|awesome|brilliant|wonderful|outstanding|rare|exclusive|urgent|compelling|attractive|promising|rewarding|terrific|stellar|superb|special|intriguing|exceptional|ambitious|lucrative|cool|lovely|challenging)';
/** What the unnamed job is called. */
const ROLE = '(opportunity|opportunities|role|roles|position|positions|opening|openings|vacancy|vacancies|requirement|mandate|assignment|job|gig|career move)';
/** The adjective of a claimed fit or match ("a great fit", "a strong match", "a valuable addition"). */
const FIT =
  '(great|perfect|strong|excellent|ideal|good|fantastic|amazing|solid|natural|brilliant|terrific|superb|outstanding|exceptional|wonderful|close|obvious|exact|incredible|awesome|real|genuine|valuable|welcome|huge|key|top)';
/** What a blast calls the candidate's record instead of naming a part of it. */
const BACKGROUND =
  '(background|profile|experience|skill set|skillset|skills|expertise|qualifications|track record|resume|cv|career history|calibre|caliber|level of experience)';
/** "someone like you", "people with your background": a type, not the reader. */
const SOMEONE_LIKE_YOU = `(someone|somebody|a person|people|candidates|a candidate|professionals|a professional|talent|a leader|leaders|engineers|anyone) (just |exactly )?(like (you|yourself)|(with|of) (your|a similar|your exact|such) ${BACKGROUND})`;
/** Who is hiring, looking or growing, as a pitch names it without naming it. */
const WHO = '(we|they|i|my client|our client|the client|the team|the company|the business|the firm|the startup|the hiring manager)';
/** What the unnamed party is doing about the candidate's kind. */
const NEED = `${WHO} ((are|is|am|have been|has been) (looking for|after|seeking|searching for|hunting for|hoping to find|trying to find|keen to meet)|need~|want~|require~|have in mind|had in mind)`;
/** The employer noun after a brochure adjective; industry words before it fit in the gap ("a leading *law* firm"). */
const EMPLOYER =
  '(company|companies|firm|startup|start up|organisation|organization|brand|business|bank|retailer|fintech|scale up|scaleup|consultancy|agency|insurer|employer|group|manufacturer|institution|player|client|healthtech|fund|unicorn|saas|contractor|hospital|health system|practice|clinic|hotel|platform|marketplace|nonprofit|charity|biotech|pharma|provider|multinational|boutique)';
/** Brochure adjectives that are unmistakable even two words from the employer ("a fast-growing Series B fintech"). */
const BROCHURE =
  '((fast|rapidly) growing|(well|heavily) funded|(venture|vc|pe|private equity) backed|(market|industry|world) leading|top tier|well known|(highly|well) (respected|regarded)|household name|award winning|well established|(high|hyper) growth|prestigious|renowned|reputable|(internationally) (recognised|recognized)|blue chip|(highly|hugely) successful|top (ranked|rated)|best in class|world class|five star|(mission|purpose) driven|(billion|million) dollar|privately held|forward thinking)';
/** Plain adjectives that say the same about an employer, but only right before it ("a leading bank", "an exciting new startup"). */
const PLAIN =
  '(leading|major|innovative|exciting|amazing|incredible|ambitious|disruptive|cutting edge|iconic|thriving|stealth|premier|elite|growing|established|respected|dynamic|people first)';
/** Adjectives a pitch puts on a team or the people it wants ("a talented, close-knit team", "driven individuals"). */
const TALENT =
  '(growing|amazing|awesome|great|world class|talented|passionate|dynamic|brilliant|fantastic|high performing|top performing|small but mighty|stellar|winning|innovative|friendly|close knit|tight knit|diverse|international|supportive|collaborative|elite|smart|driven|ambitious|fun|welcoming|inclusive|rockstar|superstar|incredible|exceptional|motivated|skilled|top|top notch|outstanding|hungry|a player|high calibre|high caliber)';
/** Adjectives on pay and perks that stand in for the number. */
const PAY_ADJ =
  '(competitive|attractive|excellent|generous|compelling|exceptional|outstanding|superb|strong|market leading|above market|top of (the )?market|lucrative|great|fantastic|handsome|industry leading|amazing|brilliant|top notch|best in class|world class|premium|incredible)';
/** Quantities of growth nobody measured ("plenty of", "clear", "real"). */
const GROW_ADJ = '(clear|excellent|great|fantastic|genuine|real|rapid|huge|unlimited|endless|amazing|strong|fast track|plenty of|lots of|loads of|ample|many)';
/** Startup mission verbs, in any tense ("disrupting", "to reinvent"). */
const MISSION_VERB =
  '(change~|revolutionize~|revolutionise~|disrupt~|transform~|reinvent~|redefine~|reshape~|shake~ up)';
/** Declining to say something. */
const CANNOT = '(can not|can not yet|am not able to|am unable to|are unable to|unable to|not able to|not at liberty to|am not at liberty to|not in a position to)';

/** Shared texts of the entries that make the same point in different shapes. */
const WHY_BROCHURE = 'Brochure adjectives ("a leading", "fast-growing", "an exciting scale-up") fit every employer, so they identify none.';
const INSTEAD_BROCHURE = 'Give one fact the candidate can check: the product, the headcount, the funding round or a customer.';

export const recruiterPhrases: readonly PhraseEntry[] = [
  // Announcing the opportunity instead of describing it.
  {
    phrase: `((i|we) (have|have got|have (just|now) got|(have )?(just|recently) opened|just got|now have|currently have|have been (asked|tasked|engaged|retained|briefed) (to fill|to recruit for|on|with)|(am|are) *1 (working on|recruiting for|hiring for|handling|partnering on|supporting|filling|looking to fill|trying to fill|running|leading|retained on|looking for (candidates|someone) for))|there (is|are)|here is|i wanted to (share|tell you about|let you know about)|i would (love|like) to (share|tell you about|introduce you to|discuss|present)|(reaching out|writing|getting in touch) (to you )?(about|regarding|with)|(regarding|concerning|present you|offer you|discuss|present|walk you through)) (a|an) *1 ${EXCITING} *2 ${ROLE}`,
    category: 'recruiter',
    why: 'Every recruiter InMail calls its job exciting, so the adjective tells the candidate nothing about this one.',
    instead: 'Replace the adjective with the facts: the role, the company, the problem the team is solving.',
    structure: NAME_THE_ROLE,
  },
  {
    phrase: `(((it|this|that|which) )?(is|be|sounds like|looks like|seems like|represents|presents|offers) (a|an) ${VERY}(${EXCITING}|golden|huge|massive|real) (career )?(opportunity|chance|prospect)|(a|an) ${VERY}${EXCITING} ((new )?(job|career|employment|contract|work|professional|leadership) (opportunity|opportunities|opening|openings|offer|prospect|move)|opportunity for (a|an|someone|somebody|the right|ambitious|motivated|experienced|talented|driven)))`,
    category: 'recruiter',
    why: 'Calling the opportunity amazing asks the candidate to take your word for what the message should show.',
    instead: 'Give the one fact that makes it worth a look: the scope, the pay band, the people, the problem.',
    structure: STATE_THE_FACTS,
  },
  {
    phrase: '((a |an |the )?(once in a lifetime|once in a career|career defining|career changing|life changing|game changing|dream|one of a kind|not to be missed|ground floor)( kind of| type of)? (opportunity|role|move|position|opening|career move|job|chance|offer)|(get~|be|come|coming|join~|start~|come in) (in )?(on|at) the ground floor)',
    category: 'recruiter',
    why: 'A "once-in-a-lifetime" or "ground floor" opportunity is a sales line that hints at value or risk without the facts.',
    instead: 'Say what is actually rare about it: the stage, the equity, the system they would build or the team lead.',
  },
  {
    phrase: `(thought|figured|felt|think|believe|feel|reckon~|wondered if|wondering if|hope~) you (might|may|would|could) be (interested in|keen on|open to|curious about|up for) (this|an|a|the) (${EXCITING} )?(new )?${ROLE}`,
    category: 'recruiter',
    why: 'It gives no reason you thought so, which is the one thing the candidate wants to know.',
    instead: 'Say what in their work made you think of them, in one concrete clause.',
    structure: 'I thought of you because of ${1:specific work}; the team needs ${2:that skill} for ${3:the problem}.',
  },
  {
    phrase: `(reaching out|writing|getting in touch|in touch) (to you )?(about|regarding|with|concerning|re) (a|an) (new |job |career |contract |permanent |leadership |senior )?${ROLE}`,
    category: 'recruiter',
    why: 'An unnamed opportunity is the hallmark of a bulk InMail; the candidate has to reply just to learn what it is.',
    instead: 'Put the role and company in the first line, so the candidate can decide right away.',
    structure: STATE_THE_FACTS,
  },
  {
    phrase: `((a |an )?${ROLE} (that|which) (i think |i believe |i feel )?)?(perfectly |closely |really |strongly |exactly |nicely )?(align~|match~|fit~|suit~|line~ up|tie~ in|map~|play~) *2 your (${BACKGROUND}|career goals|career path|aspirations|interests|needs|goals|lifestyle|requirements|criteria)`,
    category: 'recruiter',
    why: 'Claiming a match without naming what matches is what a keyword search says, and candidates know it.',
    instead: 'Name the requirement and the line of their experience that meets it.',
    structure: WHY_THEM,
  },
  {
    phrase: `((${ROLE}|something) (that |which )?(i think |i believe |i feel )?((may|might|could|would|will) ${VERY}(be of interest( to you)?|interest you|appeal to you|suit you|be right up your (street|alley)|be (a |an )?(${FIT}|right|spot on)( fit| match)? for you|be relevant to you|be worth (a look|exploring)|catch your eye|pique your interest|excite you)|you (would|could|might) ${VERY}be (a |an )?(${FIT}|spot on)( fit| match)? for)|you (would|might|could|will) ${VERY}be (${FIT}|spot on|a natural) for (this (role|position|opportunity|job|one)|the (role|position|opportunity|job)|my client|such a role|a role like this))`,
    category: 'recruiter',
    why: 'Hedged interest or a verdict on a role they have not seen is a template line; it gives no reason they would care.',
    instead: 'Commit to the reason: the part of the role that connects to something they have done.',
  },
  {
    phrase: `(i|we) (currently |also |now |still )?(have|have got|am working on|are working on|am recruiting for|are recruiting for|am handling|are handling) (a few|several|some|a couple of|a number of|multiple|lots of|plenty of|various|a range of|loads of|a handful of|many) *2 ${ROLE}`,
    category: 'recruiter',
    why: 'A stack of unnamed roles shows the message went to a list; the candidate cannot tell which one was meant for them.',
    instead: 'Pick the one role you think fits and name it, with the company and the reason.',
    structure: NAME_THE_ROLE,
  },
  {
    phrase: `((i|we) (have|have got|have found|have just found|may have|might have)|i think i have|got|found|there is) (the|a|an|just the|exactly the) ${VERY}(${FIT}|dream|right|exciting) (new )?(${ROLE}|contract|project|next step|next move|fit) for you`,
    category: 'recruiter',
    why: 'Promising "the perfect job for you" before saying what it is shows the sender matched a keyword, not their goals.',
    instead: 'Name the role, team and pay, and the one line of their background that made you think of them.',
    structure: 'Hi ${1:first name}, ${2:company} needs a ${3:role} for ${4:what the team does}; your ${5:specific experience} is why I thought of you.',
  },
  {
    phrase: `(discuss|share|tell you about|talk (to you )?about|chat about|present|introduce you to|run by you|walk you through|go over|put forward|let you know about|speak (to you |with you )?about) (a|an|some|one|a few|a couple of|several) ((suitable|relevant|potential|matching|possible|specific) (new )?|(job|career|employment) )${ROLE}`,
    category: 'recruiter',
    why: 'Offering to discuss "a suitable role" admits no role was chosen for them yet, so there is nothing to say yes to.',
    instead: 'Name the role in the message and say which part of their background made you pick it.',
    structure: STATE_THE_FACTS,
  },
  {
    phrase: `(a |an )?(role|position|search|opportunity|vacancy|requirement|brief) (that )?(i am|we are) (currently )?(working on|recruiting for|hiring for|trying to fill|looking to fill|handling)`,
    category: 'recruiter',
    why: 'An unnamed role you are "working on" keeps the one fact the candidate needs out of the message.',
    instead: 'Name the role and the company; if it must stay confidential, give the problem and the pay band.',
    structure: STATE_THE_FACTS,
  },
  {
    phrase: `((${EXCITING}|top paying|high paying|premium|hot) (new )?(travel|locum|locum tenens|contract|permanent|perm|per diem|interim|temp|nursing|allied|remote|hybrid|leadership|executive|tech|sales|clinical|healthcare|part time|full time|job|career) |(amazing|exciting|fantastic|incredible|awesome|lucrative|(top|high|best|highest|well) paying) |hot |(featured|latest|newest) )(assignments|opportunities|roles|positions|openings|contracts|jobs|placements|gigs|vacancies|shifts)( list)?`,
    category: 'recruiter',
    why: 'A stack of "amazing travel assignments" or "hot jobs" is a job-board banner; nobody picked one role for this person.',
    instead: 'Pick the one assignment that fits them and give its facts: place, shift, length and pay.',
    structure: STATE_THE_FACTS,
  },
  // Fit claims with nothing behind them.
  {
    phrase: `((could|might|may|would|should|will|can) ${VERY}be|(is|seems|looks|sounds|feels) like) (a|an) ${VERY}${FIT} (fit|match)`,
    category: 'recruiter',
    why: 'A fit verdict with nothing behind it is the one line every recruiting message shares, so it persuades no one.',
    instead: 'Name the requirement and the piece of their work that meets it; let the reader draw the verdict.',
    structure: WHY_THEM,
  },
  {
    phrase: `(i think |i believe |i feel |i am confident |i am sure |i suspect |i reckon )?(that )?((you|they|he|she) (would|could|might|will|may) ${VERY}(be|make)|your ${BACKGROUND}( (and|as well as) (your )?${BACKGROUND})? ((could|would|will|might|may|should|can) ${VERY}(be|make you)|is|seems|makes you|would make you)|make~ you) (a|an) ${VERY}${FIT} (fit|match|addition|asset|candidate|hire)`,
    category: 'recruiter',
    why: 'Recruiters send this verdict to everyone a search returns, so the candidate reads it as a search result.',
    instead: 'Give the reason first: what they built or wrote that the team needs.',
    structure: WHY_THEM,
  },
  {
    phrase: `your ${BACKGROUND} *2 (exactly |precisely |just )?(what|who) ${NEED}`,
    category: 'recruiter',
    why: 'Calling their experience "exactly what we need" without saying which part, or for what, is a line anyone could paste.',
    instead: 'Name the part of their experience and the problem on the team it would solve.',
  },
  {
    phrase: `your ${BACKGROUND} *1 (match~|fit~|suit~|meet~|tick~|align~|line~ up|tie~ in|map~) *2 (with|to|onto|the (role|position|requirements|brief|job description|spec|criteria)|(our|their|my client's) (requirements|needs|brief|criteria)|(this|these|the following|an open|several|some|new) (job|jobs|role|roles|position|positions|opening|openings|vacancy|vacancies))`,
    category: 'recruiter',
    why: 'A match asserted without the matching parts is what a keyword filter or a job alert says.',
    instead: 'Quote the requirement and the project of theirs that meets it.',
    structure: WHY_THEM,
  },
  {
    phrase: `((exactly|precisely|just) (what|who|(the|that) (kind|type|sort|calibre|caliber|profile) of (person|profile|candidate|background|experience|talent|engineer|leader|people)) ${NEED}|(exactly|precisely|very much|just) (the|that|this) (calibre|caliber|level|quality) of (leader|leaders|person|people|candidate|candidates|executive|executives|talent|professional|professionals|engineer|engineers|individual|hire|profile)|you have (exactly|precisely|just) the (right|perfect|ideal|kind of|type of|sort of) (${BACKGROUND}|mix of skills|mix of experience|credentials) (for (this|the|a|an|such a) (role|position|job|opportunity|opening|one)|(that |which )?${NEED}))`,
    category: 'recruiter',
    why: 'Declaring them "exactly what the client is looking for" before showing the brief is the headhunter\'s stock flattery.',
    instead: 'Share the two lines of the brief that matter and which parts of their record meet them.',
  },
  {
    phrase: `((((looking for|seeking|searching for|need~|want~|hiring|asked me to find|keen to meet|keen to speak (to|with)|asking for|for|to|(tailor made|made|perfect|ideal|built|designed) for) )(top |exceptional |outstanding |talented |strong |experienced |skilled |brilliant |great |high calibre |high caliber )?|(top|exceptional|outstanding|talented|strong|experienced|skilled|brilliant|great|high calibre|high caliber) )${SOMEONE_LIKE_YOU}|${SOMEONE_LIKE_YOU} (would|will|could|should) ${VERY}(thrive|excel|flourish|do (really |very )?well|fit (right )?in|shine|succeed)|(made|tailor made|perfect|ideal|built|designed) for (someone|somebody|a person|people|anyone) (who is |who are )?(looking|hoping|keen|eager|ready) to (grow|progress|take the next step|step up|develop|make their mark|make an impact))`,
    category: 'recruiter',
    why: 'Pitching to "someone like you" or "people with your background" describes a type, not this person.',
    instead: 'Name the piece of their background you mean and why the role needs it.',
    structure: WHY_THEM,
  },
  {
    phrase: `(a|an|the) ${VERY}(${FIT}|right|suitable) (fit|match|candidate|person) for (you|yourself|(this|the|a|an|my client's|our) (exciting |new )?${ROLE}|${SOMEONE_LIKE_YOU})`,
    category: 'recruiter',
    why: 'Calling someone the perfect fit before they have heard the role reads as a template compliment.',
    instead: 'Say which requirement of the role matches which piece of their work.',
    structure: WHY_THEM,
  },
  {
    phrase: '((given|considering|in light of|based on) your (impressive |strong |extensive |excellent )?(profile|background|skill set|skillset|track record|career history|linkedin profile)|(based on|in light of) your (impressive |strong |extensive |excellent )?(experience|expertise)|(the|their|your|my client\'s) (profile|resume|cv|background|experience|skill set|skills) (seems|looks|is|seemed|looked) (to be )?(very |highly |quite |really )?(suitable|relevant|apt|appropriate|matching|promising) (for|to)|(found|find|came across|come across) your (profile|resume|cv) (to be )?(very |highly |quite |really )?(suitable|relevant|matching|apt|appropriate|a (good|great|perfect|close|strong) match)|your (distinguished|illustrious|storied|esteemed|long and (distinguished|successful)|highly successful) (career|track record|career history|credentials|body of work))',
    category: 'recruiter',
    why: 'Pointing at their whole profile ("based on your background", "your distinguished career") is what a search result gets.',
    instead: 'Quote the line of their profile you mean: the project, the team, the result.',
  },
  {
    phrase: '(your name ((kept|keeps) coming up|has been coming up|(came|comes|has come|popped|has popped) up (as|in (my|our) (research|search|searches|conversations|discussions|mapping|network)|in (a few|several|multiple|many|recent) (conversations|discussions|searches)|in (a|one|a recent) (conversation|discussion|chat) with (a|one of my|my|our) (colleague|colleagues|contact|contacts|friend|peer|client)|(several|a few|multiple|many|a couple of) times|more than once|a lot|often|when (i was|we were) (searching|looking|mapping))|(was|has been|had been) (mentioned|suggested|recommended|put forward|passed to me) (to me )?(as|by))|you (come|came|were|have been) (highly |very highly |strongly )?recommended (by (several|multiple|a few|many|mutual|a number of|various) (people|colleagues|contacts|connections)|(from|by) (people|colleagues|contacts|others) (in|within|across) (the|your|our) (industry|network|field|space|market))|(of )?(significant|great|real|particular|considerable|genuine|strong|keen) interest to (my|our|the) (client|clients|hiring manager|hiring team|board))',
    category: 'recruiter',
    why: 'A mention, recommendation or client interest from no one in particular cannot be checked, so it reads as flattery.',
    instead: 'Say who mentioned them and in what context, or what in their record the client cares about.',
  },
  {
    phrase: `(a|an) (strong|solid|seasoned|talented|top notch|high calibre|high caliber|quality) (senior|mid level|lead|principal|staff|junior|experienced|hands on|technical) *1 (developer~|engineer~|designer|product manager|consultant|candidate|professional|leader|manager|account executive)`,
    category: 'recruiter',
    why: 'Asking for "a strong senior developer" describes every hire any client ever wanted, so it says nothing about the work.',
    instead: 'Describe what the hire will own in the first six months instead of the adjective.',
  },
  {
    phrase: '(fit~ the bill|(tick~|check~) (all|every|every single|so many|a lot|lots|most|many|plenty|several|quite a few|the right|the key) *3 box~)',
    category: 'recruiter',
    why: 'Saying someone "ticks every box" reports a checklist result without the checklist, so the reader hears a search filter.',
    instead: 'Name the one or two boxes that matter and the piece of their work that ticks them.',
  },
  {
    phrase: `you (would|will|could|might) (${VERY}(fit (right )?in (perfectly|really well|so well|nicely|great|well|straight away)|(crush|kill|smash|nail|rock) it)|(absolutely|totally|definitely|certainly|really) (thrive|excel|shine|flourish|do great|fit right in|love it) (here|in (this|the|that|such a) (role|position|team|environment|job|culture)|at (my client|our company|this company|the company|the firm)))`,
    category: 'recruiter',
    why: 'A confident prediction of their success, made before they know the job, is a sales line rather than a judgement.',
    instead: 'Say what in their record suggests they would do well, and what the role would ask of them.',
  },
  {
    phrase: `(i think |i believe |i suspect |i am sure )?you (would|will|might|may) ${VERY}find ((this|it) ${VERY}(compelling|appealing|attractive|exciting)|(the|this) (role|opportunity|position|mandate|brief|challenge|offer|company) ${VERY}(compelling|exciting|appealing|attractive|intriguing|worth exploring|worth a look|worth your time|of interest|interesting|rewarding))`,
    category: 'recruiter',
    why: 'Predicting that they will find the role compelling asks them to trust a judgement the message has not earned.',
    instead: 'Give the one fact that makes it compelling and let them decide.',
  },
  // An agency pitching itself, or candidates to a hiring manager.
  {
    phrase: `((a|an) *2 (recruiter|headhunter|recruitment consultant|talent partner|sourcer|search consultant|staffing (specialist|consultant)|(recruitment|recruiting|search|staffing|talent) (firm|agency|consultancy|partner|company|business|practice|boutique)|(boutique|specialist|niche) (firm|agency|consultancy)) (specializing|specialising|focused|focusing|working) (in|on|with|across)|(i|we) (work|partner) with (companies|businesses|clients|startups|organizations|organisations|firms|employers|brands|teams|hospitals) *3 to (hire|find|recruit|attract|source|build|place))`,
    category: 'recruiter',
    why: 'The agency\'s own brochure line is about the sender; it says nothing about why you wrote to this person.',
    instead: 'Lead with the role you are filling and why this person; put your title and agency in the signature.',
  },
  {
    phrase: `((i )?(noticed|saw|see|spotted|understand) (that )?(you are|your (team|company|firm) (is|has been)|you have been) (currently |actively |now )?(hiring|recruiting|looking to hire)|(your|any) *2 (staffing|hiring|recruitment|recruiting|talent|workforce|locum) (needs|requirements|gaps|challenges|plans)|help~ you (find|hire|secure|recruit|source) (your|the) (next|first|perfect|ideal|right) *1 (hire|hires|team member|engineer|candidate|talent)|(a )?${FIT} (match|fit) for your (requirements|needs|role|brief|team|criteria|vacancy|opening|open roles|hiring needs)|((several|a few|a number of|multiple|a couple of|two|three|a shortlist of|a pool of|a bench of) (top|strong|excellent|great|exceptional|outstanding|pre vetted|qualified|high calibre|talented|vetted)|(select|small|limited|handful of|hand picked|exclusive) (group|number|pool|list|shortlist) of *1) (candidates|engineers|developers|profiles|contractors|professionals|people|talent|individuals)|(ready|available|able|lined up|vetted)( and (vetted|available|ready))? to (interview|start|begin|work|deploy) (immediately|right away|straight away|asap|now|this week|next week|tomorrow|at short notice)|(candidates|nurses|rns|clinicians|contractors|professionals|staff|engineers|consultants|travelers|providers|talent|techs) (who are |that are )?(ready|available) to (start|work|deploy|interview)|(you )?only pay (on|when|if|after) (a )?(successful )?(placement|hire|you hire|we place)|no (fee|fees|cost) (unless|until) (you hire|we place|a successful (placement|hire))|no (placement|hire) no fee)`,
    category: 'recruiter',
    why: 'Agency pitch lines ("several top candidates", "your hiring needs", "no fee unless you hire") go to every open ad.',
    instead: 'Describe one candidate or result in a line, and why it fits the role you saw.',
  },
  // The unnamed client and the brochure description of it.
  {
    phrase: `((((i|we) (have|am working with|are working with|am partnering with|are partnering with|represent|am recruiting for|are recruiting for)|on behalf of) (a |an |one of my |one of our )?*3 (client|clients|company|firm|organisation|organization|startup|business) (who|that|which))|(my|our|the|one of (my|our)) (direct |end |esteemed |valued )?(client|clients)) (is|are) (currently |actively |urgently |now )?(looking for|seeking|searching for|hiring|recruiting|in need of|on the lookout for|keen to (hire|speak with|hear from))`,
    category: 'recruiter',
    why: '"My client" hides the employer, which is the first thing the candidate needs to decide whether to reply.',
    instead: 'Name the company, or if you cannot, give the sector, size, stage and pay band.',
    structure: THE_CLIENT_IS,
  },
  {
    phrase: `((my|our|the) client (is )?(a|an) (${BROCHURE}|${PLAIN}|global|multinational|successful)|(a|an) ${BROCHURE} *2 ${EMPLOYER})`,
    category: 'recruiter',
    why: WHY_BROCHURE,
    instead: INSTEAD_BROCHURE,
  },
  {
    phrase: `(a|an) (${PLAIN} *1 ${EMPLOYER}|(international|global|european|series (a|b|c|d)|fast scaling|rapidly scaling|expanding|promising|hot|young) *1 (scale up|scaleup))`,
    category: 'recruiter',
    why: WHY_BROCHURE,
    instead: INSTEAD_BROCHURE,
  },
  {
    phrase: `((they are|the company is|my client is|our client is|the client is|the business is|it is|we are|the firm is) (a|an|the) *2 (market leader|industry leader|sector leader|leader in (its|their|the|our) (field|space|sector|industry|market)|household name|big name|(major|key|leading) player|hidden champion|(leading|largest|biggest|fastest growing|number one|premier|foremost) (marketplace|platform|provider|company|firm|business|player|brand|employer|organisation|organization|name))|(widely )?(recognized|recognised|regarded|known|respected|renowned) as (a|an|one of the|the) (leading|top|premier|foremost|innovator|leader|leaders|pioneer|industry leader|market leader|go to|best|most innovative|most respected|employer of choice)|one of the *1 (leading|largest|biggest|top|fastest growing|best known|best|premier|most (innovative|exciting|successful|respected|prestigious|trusted)) *1 (companies|firms|startups|brands|players|names|banks|businesses|organisations|organizations|employers|providers|hotels|groups|hospitals|systems|funds|agencies|practices|retailers|insurers|platforms))`,
    category: 'recruiter',
    why: 'Rank claims ("the market leader", "one of the world\'s leading") come from the careers page and cannot be checked.',
    instead: 'State the fact behind the ranking, such as revenue, users or customers, or leave it out.',
  },
  {
    phrase: `(a|an|one|one of the) *1 ((amlaw|am law|fortune|ftse|inc|forbes) (top )?(10|20|25|50|100|200|250|500|1000)|magic circle|silver circle|bulge bracket|white shoe|elite boutique|top (5|10|20|50|100|five|ten)) *2 (${EMPLOYER}|clients|firms|companies|banks|funds|brands|businesses)`,
    category: 'recruiter',
    why: 'A ranking badge instead of a name ("a Fortune 500 company") keeps the employer hidden while borrowing its prestige.',
    instead: 'Name the employer, or give facts the reader can weigh: the team, the pay band and the location.',
  },
  {
    phrase: `(((recruiting|working|partnering|hiring|searching) (for|with|on behalf of)|on behalf of) (a|an|my|our|one of my|one of our) ((${EXCITING}|key|major|top|prestigious|valued|esteemed|leading|long standing|preferred|premier|trusted|biggest|largest|renowned|reputed|respected|well known|blue chip|global|confidential) )?(new )?(client|clients|client company|partner firm)|(recruiting|working|partnering|hiring|searching) (for|with) (a|an) (${EXCITING}|key|major|top|prestigious|super|very exciting) (new )?(company|startup|business|brand|organisation|organization|firm)|one of (my|our) ((key|major|top|biggest|largest|best|valued|long standing|preferred|premier|exclusive|leading|trusted|renowned|prestigious|esteemed|reputed|respected|well known|global|blue chip|fortune 500|newest|new|most (exciting|valued|successful|important|respected|prestigious)) (clients|partners|accounts|customers)|clients)|(a|one) (new |long standing |valued |key |trusted |major |big )?(client|customer) of (mine|ours))`,
    category: 'recruiter',
    why: 'An unnamed client praised with one adjective ("an amazing client", "one of my key clients") stands in for the facts.',
    instead: 'Name the client, or describe it by what it does, its size and the team.',
  },
  // The mandate, the search and confidentiality as a frame.
  {
    phrase: '((i|we) (have been|am|are|were|was|have (recently|just) been) (exclusively |recently |just |directly )?((retained|engaged|mandated|commissioned|appointed|instructed|briefed) (by|on behalf of)|(asked|tasked|retained|engaged|mandated|commissioned|instructed|briefed) (by (my|a|our|the) client )?to (find|identify|approach|locate|source|hire|recruit|map|lead|run|conduct|help))|(has|have) (asked|engaged|retained|mandated|commissioned|instructed|briefed|partnered with) (me|us|our firm|my firm|our team) to (find|identify|approach|source|recruit|help)|(asked|engaged|retained|mandated|briefed) (me|us) to (approach|reach out to|identify|find|contact|map) (a )?(small|select|short|limited) (number|group|list|handful) of|on (an|a) (exclusive|retained|confidential|sole|strictly confidential) *2 (basis|search|mandate)|(i am|we are|i have been|we have been) (currently )?((supporting|helping|partnering with) (a|an|one of (my|our)) *3 (with|in|on) (their|its|a|the) (search|hunt|hiring|recruitment|hire|growth|expansion) (for|of)|(conducting|running|leading|managing|handling|partnering on|working on) (a|an) (confidential |retained |exclusive |executive |discreet |global |senior )?(search|assignment|mandate|recruitment process) (for|on behalf of)))',
    category: 'recruiter',
    why: 'Describing your mandate ("exclusively retained", "asked to approach a select few") talks about the search, not the job.',
    instead: 'Open with what the role is and why it fits them; name the company or its sector, size and pay band.',
    structure: THE_CLIENT_IS,
  },
  {
    phrase: `((a |an |our |my )?(confidential|discreet|stealth|stealth mode|undisclosed|unnamed) (client|clients|search|role|opportunity|mandate|assignment|position|startup|company|basis)|(${CANNOT}|can only|do not want to|would rather not) (disclose|share|reveal|name|mention|say|go into|give away|put) ((the|my|our) (client|company|client name|company name|client's name|name of the client)|(too much|much|a lot|more|many details|too many details|the details|specifics|much detail|details|everything) (here|at this (stage|point|time)|yet|just yet|for now|right now|over (email|linkedin|inmail|message)|in (writing|this message|an email|a message|a first message)))|(whose|their|its|the client's|the company's) (name|identity) (i|we) ${CANNOT} (disclose|share|reveal|mention|give|name))`,
    category: 'recruiter',
    why: 'A client or role too secret to name asks the candidate to reply blind, and most will not give time to it.',
    instead: 'Share what you can: sector, size, stage, the problem and the pay band, and say when the name can follow.',
  },
  {
    phrase: '((is|are|remains|will be|be|being|treated|handled|kept|held|dealt with|managed|conducted|run|keep|keeping|treat|hold) *3 (strictly|completely|totally|fully|highly|absolutely|100 percent) (confidential|confidentially|discreet|discreetly|private)|(treated|handled|kept|held|dealt with|managed|conducted|run|being run) (confidentially|discreetly|in confidence|off the record|under the radar|under wraps|off market|on a (strictly |completely )?confidential basis)|(is|remains|kept) (strictly |completely )?(off market|under the radar|under wraps)|in (the )?(strictest|strict|utmost|absolute|complete|total|full) (confidence|confidentiality)|with (the )?(utmost|absolute|complete|total|strictest|strict|full|highest|greatest) (discretion|confidentiality|privacy)|(appreciate|ask for|request|count on|rely on|value) your (discretion|confidentiality)|(share|discuss|send|provide|give you|walk you through|tell you|go through) (the |more |further |full |all the |some )?(details|brief|full brief|specifics|spec|job spec|information|name|client name|client|role) (in confidence|confidentially|on a confidential basis|in private|privately|under nda|off the record))',
    category: 'recruiter',
    why: 'Promising "the utmost discretion" is the executive-search ritual; it stands in for facts the reader has not been given.',
    instead: 'Give the facts you can share first: sector, size, scope and pay band; one line on confidentiality is enough.',
  },
  // The employer's pitch: growth, mission, team, culture.
  {
    phrase: `(${WHO} (are|is|have been|has been|keep) (growing|expanding|scaling|scaling up) ${VERY}(rapidly|fast|quickly|massively|at pace|like crazy|aggressively|significantly|year on year|at an *1 (rate|pace)|at a *1 (rate|pace))|(the company|the business|the firm|the team|my client) (is|are) (growing|expanding|scaling) (fast |rapidly |quickly )?(and|so)|(we are|they are|the company is|my client is|our team is|our client is|the team is) (always|constantly) (hiring|recruiting|growing|on the lookout for|looking for) *1 (people|talent|candidates|engineers|folks|professionals|individuals)|((${EXCITING}|rapid|significant|unprecedented|huge|strong|massive|sustained|major|transformational|pivotal) (period|phase|stage|time|chapter) of|(a|an|at a) (time|period|phase|stage) of (rapid|significant|huge|major|unprecedented|massive|strong|sustained|exciting)) (growth|expansion|change|transformation|scaling)|(on|going through|in the midst of|embarking on|in) (an |a |their |its )?*1 (growth|expansion|transformation|scale up|scaling|hypergrowth) (journey|phase|period|trajectory|mode|stage|spurt|chapter)|(a|an) (brand|company|business|startup|scale up|player|name) on the (rise|up|move)|(with|has|have|and) (very |really |some )?(ambitious|big|bold|exciting|huge) (growth |expansion |global |international |hiring )?(plans|ambitions)|(growing|expanding|scaling|building out|beefing up|doubling|tripling) ((our|my client's|the client's) *1 (team|teams|function|practice|headcount)|(their|its) *1 (team|teams|headcount) (aggressively|rapidly|fast|quickly|massively|significantly)))`,
    category: 'recruiter',
    why: 'Growth claims without a number ("growing rapidly", "always hiring", "a growth journey") fit every employer.',
    instead: 'Give the number: headcount this year and next, revenue growth, or the new team the role sits in.',
  },
  {
    phrase: `((we are|the company is|they are|my client is|the team is|that is|which is|who are|that are|who is|the startup is) *1 ${MISSION_VERB} the *2 (way|industry|space|world|future|market|sector|game)|mission to (${MISSION_VERB}|fix) the *2 (way|industry|space|world|future|market|sector|game)|(build~|shape~|define~|create~|lead~|pioneer~|power~|drive~|${MISSION_VERB}) the future of|(build~|create~) something (special|great|big|huge|meaningful|amazing|truly special|incredible|exciting|from scratch|from the ground up|that matters|game changing|world class))`,
    category: 'recruiter',
    why: 'A mission line that fits any startup ("disrupting the space", "shaping the future of") says nothing about the product.',
    instead: 'Name the product, who uses it and the concrete change it makes for them.',
  },
  {
    phrase: `(((a|an|our|their|my|my client's|join~ (a|an|our|their|my|this|the)|be (a )?part of (a|an|our|their|my|this|the)) ${VERY}|${TALENT} (and )?)${TALENT} *2 team|(a|an|our|the|their) (${TALENT} )?((and )?${TALENT} )?team of ${VERY}(${TALENT}|like minded|highly skilled|seasoned|experienced|bright|curious|humble|dedicated|the brightest|the best) *2 (people|engineers|individuals|professionals|minds|experts|folks|clinicians|nurses|developers|designers|consultants|lawyers|colleagues|leaders|researchers)|(the|our|their|my client's) (team|teams|culture|people|office|environment|working environment) (is|are) ${VERY}(${TALENT}|second to none|like a family|one big family|hard working|down to earth|humble)( and ${VERY}${TALENT})?|(work~|get to work|learn~) (with|alongside|from) (some of )?(the (best|brightest|smartest|most talented) *3 (minds|people|engineers|talent)|industry (experts|leaders)|(world class|leading|top|brilliant|incredible|amazing|talented|seasoned|exceptional|top tier|top notch|like minded|passionate) (experts|minds|engineers|leaders|professionals|people|talent|colleagues|individuals))|(amazing|great|inspiring|fantastic|excellent|world class|brilliant|incredible|supportive|awesome|exceptional|outstanding|proven|experienced|seasoned|stellar) (leadership|leadership team|management|management team|founders|founding team|exec team|executive team))`,
    category: 'recruiter',
    why: 'Praise for a team the reader cannot name ("a world-class team", "the brightest minds") fits every employer.',
    instead: 'Name one or two people they would work with, what they have built, and who they would report to.',
  },
  {
    phrase: `(((a|an|our|their|the|this) (fast paced|dynamic|vibrant|exciting|fun|innovative|collaborative|high energy|high performing|high pressure|supportive|entrepreneurial|agile|fast moving|results driven|matrixed)|(thrive~|excel~) in (a|an)) *2 (environment|startup|team|culture|company|workplace|work environment|working environment|setting|place to work)|((a|an|its|their|our|the|and|with|plus) )?${VERY}(${TALENT}|people first|people centric|award winning|positive|excellent|unique|entrepreneurial|start up|startup|family|learning|strong|open|caring|flat|no blame|fast paced|killer) ((and )?${TALENT} )?(company |team |work |working |engineering )?culture( of (innovation|excellence|ownership|learning))?|work hard (and )?play hard|(great|excellent|healthy|good|fantastic|amazing|genuine|real|true) work life balance|(voted |named )?(one of the )?(best|top|great) (places|place|companies|employers) to work( for| at)?|(we|they|my client|the company|the business|the team|the firm) ((value~|believe in|pride (ourselves|themselves|itself) on|prides itself on|(are|is) committed to) (innovation|collaboration|growth|diversity|excellence|ownership|inclusion|respect|people)|${VERY}(look~ after|care~ (deeply )?(about|for)|value~|put) (its|their|our) (people|employees|staff|team)( first)?)|invest~ (heavily |a lot )?in (their|your|its|our) (people|employees|staff|development|growth|learning|careers))`,
    category: 'recruiter',
    why: 'Culture, pace and values claimed in one word ("a fast-paced environment", "a great culture") are what every employer says.',
    instead: 'Give one concrete practice: team size, hours and on-call, how decisions and reviews work.',
  },
  {
    phrase: `((a |an )?(${EXCITING} |golden |real |genuine )?(chance|opportunity|opportunities) to (really |truly |genuinely |help |directly )?((make|have|drive) (a |an )?*1 (impact|difference)|(shape|define|influence|steer|own|drive|build) the (future|direction|strategy|vision|roadmap|trajectory|next chapter|growth|product|culture|company|business|platform|team|function|technical direction)|(make|leave|put) your (mark|stamp))|(a )?seat at the (leadership |top |senior |executive |exec |decision making |strategy )?table|(real|genuine|true|significant|huge|lots of|plenty of|a lot of|meaningful|massive|serious|proper|tons of|loads of) (ownership|autonomy)( and (autonomy|ownership|responsibility|impact|influence|visibility))?|(significant|huge|real|genuine|massive|plenty of|lots of|a lot of|broad|considerable|unique|great|excellent|high|direct) (scope|influence|visibility|exposure)( (and|with) (influence|impact|autonomy|visibility|ownership|exposure|scope))?( (with|to|across) (senior leadership|the (board|leadership team|c suite|exec team|executive team|founders|ceo|business)))?)`,
    category: 'recruiter',
    why: 'Promised impact, ownership or "a seat at the table" without the scope is the stock line of every senior pitch.',
    instead: 'Name what they would own and decide, who they report to, and what budget or team comes with it.',
  },
  {
    phrase: '(work~ (on|with) (the )?(latest|newest|cutting edge|bleeding edge|state of the art|modern|greenfield|exciting|innovative|interesting|challenging|new and exciting) (technologies|technology|tech|tech stack|stack|projects|products|problems|challenges|tools)|(the |a )?(latest|newest|cutting edge|bleeding edge|state of the art|modern|latest and greatest|new and exciting|greenfield|next gen|best in class) (tech stack|technology stack|technologies|tech|technology))',
    category: 'recruiter',
    why: 'Every role promises the latest tech and exciting projects, so the promise carries no information.',
    instead: 'List the actual stack and name the hardest technical problem in it.',
  },
  {
    phrase: '(backed by (some of the (best|biggest|top|leading) (vcs|investors|funds)|(top tier|tier one|tier 1|leading|world class|top|well known|blue chip|marquee|major|big name|serious|the best) (vcs|vc firms|investors|funds|vc funds|angels|backers))|(ex|former) (faang|big tech|fang)|(founded|led|started|built|run|backed) by (a team of )?(ex|former) *2 (engineers|researchers|founders|leaders|executives|people|alumni|employees|bankers|consultants)|(big name|big brand|blue chip|household name|top tier|high profile|prestigious|world famous|well known|iconic|fortune 500|ftse 100) (clients|brands|customers|names|accounts)|(a |an )?(strong|healthy|robust|full|solid|deep|record|growing|huge|massive|secured|guaranteed|multi year) (backlog|order book|project pipeline|pipeline of (projects|work))( of (work|projects))?)',
    category: 'recruiter',
    why: 'Badges instead of names ("backed by top-tier VCs", "blue-chip clients", "a strong backlog") cannot be checked.',
    instead: 'Name the lead investor, founder or client, or give the number behind the claim.',
  },
  {
    phrase: `((an|such an|a really|a very|a great|a hugely|a truly|the perfect|the ideal|the right) (exciting|interesting|great|amazing|fantastic|good) time to (join|be joining|come on board|be (a )?part of|come aboard|make a move|consider a move|make the move)|(be joining|join~|coming on board|come on board|get~ in|get into) (at|(a|the|this|an) *1 (company|business|team|startup|start up|firm|scale up|scaleup|organisation|organization|group|brand) at) (a|an|such a|such an|this) ${VERY}(exciting|pivotal|crucial|critical|key|great|perfect|transformational|defining|interesting|important|inflection|turning) (time|moment|stage|point))`,
    category: 'recruiter',
    why: 'Every recruiter says now is the time to join; without the reason it is a sales line.',
    instead: 'Say what is happening now that makes the timing matter, in one fact.',
  },
  // Job-spec boilerplate pasted into the message.
  {
    phrase: `((hiring|looking for|seeking|searching for|on the lookout for|in search of|recruiting|on the hunt for) *1 ${VERY}${TALENT} *2 (engineer~|developer~|people|person|individual~|professional~|candidate~|talent|team member~|folks|hires|executives|reps|sellers|designers|leaders|women|moms|mums|entrepreneurs|self starters)|the (ideal|perfect|successful|right|preferred) (candidate|person|applicant|hire|individual) (is|will|would|should|has|must|needs to|brings)|for the right (candidate|person|individual|applicant|hire)|(roll~|get~) (up )?(their|your|our|my) (sleeves|hands dirty)( up)?|(act~|serve~|be|become) (as )?(a|the) (trusted|true|strategic) (advisor|adviser|partner|business partner)|drive (the )?*1 (agenda|excellence|strategy forward)|(a |real |genuine |strong |deep |true |burning )?passion for (solving )?(complex|hard|challenging|tough|interesting|real world|big) *1 (problems|challenges)|(from|at) (a|an) (top|top tier|leading|prestigious|top ranked|target|top 10|elite|russell group|ivy league|world class) (university|school|college|business school)|(to|must|should|can) hit the ground running|((someone|a candidate|candidates|individuals|a person|people|professionals|leaders|engineers) )?(who is|who are|that is|that are) (truly |genuinely |really )?(passionate about|driven by|obsessed with|hungry for))`,
    category: 'recruiter',
    why: 'Job-ad wording ("talented, passionate people", "the ideal candidate", "hit the ground running") fits any hire anywhere.',
    instead: 'Describe the work and the one skill that matters most for it, and why this person has it.',
  },
  {
    phrase: `((take|taking|make|making) (the|that|your|their) next (big )?(step|move|leap) (in|of|on) (your|their) (career|journey|career journey)|(a|an|the) *2 (stepping stone|next step|step up|career move|move|next move) (for|in) your (career|career journey|development|growth)|(this|it|that) (could|might|may|would) ${VERY}be (a|an|the) ${VERY}(${EXCITING}|${FIT}|right|logical|big|smart) (next )?(move|step|opportunity|role|career move|challenge|fit|option|chapter) for you|(your|a|the) (next (big )?career (move|step|opportunity|challenge|adventure)|next big (move|step|challenge)|dream (job|role|career move)|next chapter)|(take~|elevate~|advance) your career (to the next level|to new heights|further|forward)|(a |the )?(real|big|huge|genuine|significant|great|major|serious|massive) step up( for you| in your career| in (terms of )?(scope|seniority|responsibility|pay|title))?|looking for (your|their) (next|new) *1 (assignment|role|job|opportunity|contract|adventure|move|challenge|gig|step|career move|position|placement))`,
    category: 'recruiter',
    why: '"The next step in your career" is how every role is pitched to every candidate; it says nothing about what changes.',
    instead: 'Say what would change for them: the title, the scope, the team they would lead or the pay.',
  },
  // Package and perks with no figures.
  {
    phrase: `((a |an )?${VERY}${PAY_ADJ} *1 (salary|compensation|package|pay|remuneration|ote|earnings|stipend|day rate|bonus|bonuses|benefits|perks|equity|stock options|holidays|annual leave|pension|health insurance|401k|pto|commission)|${PAY_ADJ} (rate|rates|bill rates|pay rates|hourly rates)|(salary|compensation|comp|pay|package|rate|rates|remuneration|base|benefits|equity|day rate|money)( on offer| range| band)? (is|are|will be|would be) ${VERY}${PAY_ADJ}|(salary|compensation|pay|rate|package|remuneration) (is )?(dependent on|depending on|depends on|commensurate with|based on) (experience|skills|your experience|seniority)|(top|high|highest|best|premium) (weekly |hourly |daily |travel |locum |contract )?(pay|pay rates|rates|dollar|compensation|paying (assignments|contracts|jobs|roles))|(same day|daily|weekly) pay|(lots|loads|plenty|a host|a whole host|a range|tons|a raft) of (other |great )?(perks|benefits|extras)|(significant|huge|massive|meaningful|serious|substantial|real|big|life changing|uncapped|${PAY_ADJ}) (equity upside|financial upside|upside|equity stake|equity package|options package|stake in the business|carried interest|profit share)|tax free (salary|package|income|pay))`,
    category: 'recruiter',
    why: '"Competitive salary", "great benefits" and "significant upside" are what ads say when they will not give the number.',
    instead: 'Give the numbers: the pay band, the leave days, the pension match or the equity range.',
    structure: 'The band is ${1:range} plus ${2:bonus or equity}.',
  },
  {
    phrase: `((room|scope|space) (to (grow|progress|develop|move up|learn and grow)|for (growth|progression|advancement|development|promotion|career (growth|progression|development)))|${GROW_ADJ} (career progression|career growth|progression|growth opportunities|progression opportunities|career development|career path|((opportunities|opportunity|chances|scope) (to|for) (learn|grow|develop|progress|advance|learning|growth|development|progression|advancement|upskill|career growth|career development|career progression|learn and grow|move up|step up)))|(${GROW_ADJ}|defined|structured|proven|transparent) (career |progression |promotion )?(path|route|pathway|track|ladder) (to|for|into) (progression|promotion|growth|advancement|leadership|management|senior|partner|partnership|equity|ownership|director|manager|lead|principal)|(ongoing|structured|dedicated|funded|generous|extensive|${GROW_ADJ}) (learning and development|training and development|learning opportunities|development opportunities|training opportunities|personal development|professional development|l and d|career development|training|learning))`,
    category: 'recruiter',
    why: '"Room to grow", "clear progression" and "ongoing training" are promised in every job ad, so they promise nothing.',
    instead: 'Say what growth looks like here: the next title, who got promoted and how long it took, the training budget.',
  },
  {
    phrase: '((strong|good|high|great|real|excellent|every|a good|a strong|a high|a real|huge|genuine) (chance|likelihood|possibility|prospect|potential|scope|opportunity) (of|for) (an )?(extension|extensions|being extended|going permanent|going perm|a permanent role|conversion)|(with )?(a |the )?(view|potential|scope|option|possibility|likelihood) (to|of|for) (extend|extension|convert|conversion|go perm|go permanent)|(likely|possible|potential|guaranteed|long term|rolling) (extension|extensions))',
    category: 'recruiter',
    why: 'Contract agencies promise an extension on nearly every assignment; without who decides and when, it is a sales line.',
    instead: 'Say what the extension depends on, such as the project phase or budget, and when it is decided.',
  },
  {
    phrase: `((flexible|flexi) (start dates|start date|scheduling|shift options|contract lengths|assignment lengths)|(enjoy~|with|plus|choose|set) (fully )?flexible (hours|schedules|schedule|shifts|working hours)|(flexible|flexi) (hours|schedule|schedules|shifts|working) (and|plus|with) *1 (pay|income|earnings|earning potential|commission|bonuses|benefits|perks|rates)|(day one|day 1|first day) (benefits|insurance|health insurance)|(${PAY_ADJ}|huge|large|big|substantial|hefty|massive) (sign on|signing|joining|relocation) (bonus|bonuses|package|incentive)|(great|excellent|safe|good|low|supportive) (nurse to patient |nurse patient |patient |staffing )ratios|(malpractice|licensing) *3 (covered|paid|included|provided|taken care of|handled))`,
    category: 'recruiter',
    why: 'Staffing-ad perks ("flexible start dates", "a generous sign-on bonus", "safe ratios") go to everyone on the list.',
    instead: 'Give the facts of the one assignment: facility, shift, start window, rate and the bonus amount.',
  },
  {
    phrase: '((unlimited|uncapped|limitless|six figure|6 figure|seven figure|life changing|residual|passive) (income|earning|earnings|commission|commissions|bonus|pay) (potential|opportunity|opportunities)?|(unlimited|uncapped|limitless) (earning potential|income potential|ote|bonuses)|interest in (making |earning )?(some )?(extra|side|passive|residual) (income|money|cash)|be your own boss|set your own (hours|schedule)|from the comfort of your (own )?home|fire your boss|((an |the |a huge |a great |a real )?(opportunity|chance|way) to )?(work for yourself|build (real |long term |your own )?wealth|(earn|make) (money|income|extra income|an income) (from home|online|on the side|in your spare time))|((are you|would you be|if you are|anyone) )?(open|interested|open minded) (to|in|about) (a |any |new |other |hearing about (a |any |new )?)?(business|income|side income|extra income|entrepreneurial|money making|home based business|work from home|side hustle|passive income) (opportunities|opportunity|venture|ideas|streams)|(the )?(lifestyle|life|future) (that )?you (have )?(always )?(dreamed|dreamt|wanted|deserve|dream) (of|about)?|no (prior |relevant )?(experience|degree|qualifications) (is |are )?(necessary|needed|required)|(full |free |complete |paid )?training (is |will be )?(provided|given|included))',
    category: 'recruiter',
    why: 'Unlimited income, your own boss, no experience needed: the recruiting lines of commission schemes, read as spam.',
    instead: 'Name the company and the work, what people in it actually earn, and what they do each day.',
  },
  // Urgency and scarcity pressure.
  {
    phrase: '((urgent|immediate|hot|urgently required) (requirement|requirements|opening|openings|hiring|vacancy|vacancies|position|positions|need|role|roles)|(immediate|asap) (start|starts|starter|starters|joiner|joiners|joining)|(urgently|immediately) (hiring|recruiting|looking for|seeking|needed|required|need~|want~|require~|looking to (hire|fill|recruit)))',
    category: 'recruiter',
    why: 'Urgency is the headline of mass job blasts; it shows the client\'s deadline, not why this person fits.',
    instead: 'Say why this person fits first, then give the real start date as a plain fact.',
  },
  {
    phrase: `(((${WHO}|things|the process|interviews|everything|it) (is|are) (moving)|(keen|looking|hoping|eager|want~|need~|planning|ready) to move) ${VERY}(fast|quickly|rapidly|quick|at pace|swiftly)|(this|the|it) (role |position |opportunity )?(will not|is not going to|does not|is unlikely to) (be open|be available|last|stay open|remain open|be around) (for )?(long|much longer)|(opportunities|roles|positions|jobs|chances) like (this|this one|these) (do not|will not|never|rarely|seldom) (come up|come along|come around|last|stay open|hang around) (very )?(often|long|every day|for long)?|(interviews|interview slots|slots|places|spaces|spots|seats) (are )?((filling up|going|being booked) (fast|quickly)|${VERY}limited)|(only a few|a limited number of) (spaces|places|spots|slots|seats) (left|available)|((i )?would hate (for )?(you )?to|(i )?(do not|would not) want (you )?to|do not) (miss out|miss this|let this (one )?(pass|slip)|miss the boat|miss your chance|sleep on (this|it))|apply (now|today|asap|right away|immediately|while you can)|to (fill|close|hire for|staff) (this|the|these|our|their) *1 (role|roles|position|positions|opening|vacancy|seat|req|search|shift|shifts|assignment) (quickly|asap|fast|urgently|soon|immediately|this week|this month|by (the )?end of (the )?(month|week|quarter))|(this|the) (role|position|opportunity|opening|vacancy|requirement|seat) (is|needs to be|must be|will be) (filled|closed|closing|going) (asap|quickly|fast|urgently|soon|immediately|this week|shortly)|(applications|interviews|the shortlist|the search) (close|closes|closing|will close|is closing|are closing|end|ends) (very )?(soon|shortly|this week|this friday|tomorrow|next week|in a few days))`,
    category: 'recruiter',
    why: 'Pressure on a role the reader has just heard of ("moving fast", "slots are limited", "don\'t miss out") reads as a quota.',
    instead: 'Give the real dates once, plainly, after the reason the role suits them.',
  },
  // Vendor-chain and screening wording.
  {
    phrase: `((send|share|forward|email|revert with|attach|reply with|respond with|pop|drop) (me |us )?(across |over |through |back )?(your|a|an) *2 (cv|resume|résumé)|(copy|version) of your *1 (cv|resume|résumé)|(what is|share|send|let me know|tell me|confirm|mention|provide|along with) your (current |expected )?(ctc|ectc|notice period|salary expectations|expected salary|current salary|current package)|(current|expected) ctc|(your )?(best|expected|current|desired) (rate|hourly rate|bill rate|day rate) (and|along with|with) (availability|visa status|location|notice period)|(along with|share|fill~( in| out)?|provide|send|mention|revert with|furnish) (the |these )?(below|below mentioned|mentioned below|following) (details|information|info|skill matrix|format)|(please )?(go through|find|see|review|check|refer to|read) the (job description|jd|job details|job spec|requirement details|role details) (below|attached|mentioned below|given below|enclosed|above)|(if|whether) you are (comfortable|ok|okay|fine|good) with the (requirement|requirements|above requirement|role|position|job description|jd|location|rate)|(our|my|a|an|with) (direct|end|direct end|prime vendor) (client|clients) (in|at|based in|for)|(get|have|grab|send me|share) your (phone |mobile |cell |direct |best |whatsapp )?number (to|so (we|i) can) (talk|chat|call|discuss|speak|explain|set up a call|arrange a call|tell you more))`,
    category: 'recruiter',
    why: 'Asking for a CV, rate, notice period or number up front treats the reader as a line in a vendor submission.',
    instead: 'Give the role, pay and location first; ask for their details once they are interested.',
  },
  {
    phrase: `(your (profile|resume|cv|application) (has been|is|was|got) (shortlisted|short listed|selected|matched)|((came across|come across|found|have|pulled|saw|noticed) your (details|profile|cv|resume|information|record)|your (details|profile|cv|resume) (are|is)) (on|in|from) (our|my|the) *1 (database|system|records|talent pool|crm|ats|files|job portal|job board)|(submit|put forward|present|send|forward|share) your (profile|cv|resume|details|application) (to|for) (this|the|my|our|their) (position|role|client|opportunity|opening|hiring manager|vacancy|requirement|job)|(submit|put) you forward (to|for) (this|the|my|our) (position|role|client|opportunity|opening|vacancy)|(get|put|getting|introduce) you (straight |directly |right )?(in front of|directly to|straight to) (the|my|our|their) (hiring manager|hiring managers|client|hiring team|founders|founder|ceo|cto|decision makers|head of engineering|leadership team)|(represent|present|introduce|submit|put forward|recommend|shortlist) you (to|for|with) (my|our|the) (client|clients|hiring manager|hiring team)|(keep|hold|have) (you|your profile|your cv|your resume|your details) (in mind|on file|on record|on my radar|on our radar|in the loop) for (any )?(future|other|upcoming|similar|suitable|relevant|new) (opportunities|roles|openings|positions|vacancies|requirements)|(add|welcome|onboard|bring) you (to|into|onto) our *1 (network|database|roster|bench|talent pool|talent community)|join our *1 (talent|candidate|provider|clinician|contractor|freelance) (network|pool|community|database|roster)|(assignments|contracts|roles|positions|jobs|openings|opportunities|vacancies|shifts) (open |available )?(in|for|matching|within) your (specialty|speciality|discipline|area of expertise|field|unit))`,
    category: 'recruiter',
    why: 'Database wording ("your profile was shortlisted", "keep you on file", "add you to our network") treats them as stock to place.',
    instead: 'Say who picked them, for which role, and what in their record made the difference.',
  },
  {
    phrase: '((check out|take a look at|have a look at|browse|explore|visit|view|see) (our|their|all our|all of our|the) (open (positions|roles|vacancies|jobs)|current (openings|vacancies|opportunities|roles|open positions)|careers (page|site|website|portal|section)|career (page|site|portal)|job (board|listings|openings)|available (positions|roles|opportunities))|apply (to|for) any (roles |positions |jobs |openings |opportunities |of them )?(that |which )?(match~|suit~|fit~|interest~|align with|appeal to|catch) (you|your (interests|skills|background|experience|profile|eye)))',
    category: 'recruiter',
    why: 'Sending the candidate to the careers page shows nobody picked a role for them, so the message could go to anyone.',
    instead: 'Pick the role that fits them and link that one, with the reason you picked it.',
  },
  // Asks that put the work on the candidate.
  {
    phrase: `(((are|would|might) you (be )?(currently |at all |by any chance )?(open to|interested in|open for) (exploring |hearing about |discussing |considering |learning about |looking at )?|open to (hearing about|learning about|exploring|discussing|considering|a conversation about|a chat about) )(new|other|a new|exciting|fresh|potential|some|any) (career |job )?(opportunities|opportunity|roles|role|positions|position|challenges|challenge|options)|(are|would) you (be )?(currently |actively |passively |at all |by any chance |still )?(looking|searching|on the lookout|on the hunt) for (a |your )?(new|next|fresh|different) (role|job|opportunity|opportunities|challenge|position|adventure|career move|step|gig)|((are|would) you (be )?|you (might|may) be )(currently |actively |passively |at all |by any chance )?(on|in) the job market|(are|would) you (be )?(currently|actively|passively|at all|by any chance) (on the market|in the market|open to offers|looking around|exploring (the market|your options))|(are|would) you (be )?(on the market|in the market|open to offers|looking around|exploring (the market|your options)) (at the moment|right now|currently|at present|for a new (role|job|position|challenge))|(are|would|could|might) you (be )?(ever )?(open to|considering|thinking about|interested in|up for|consider|entertain|think about|be tempted by|be open to) (a|making a|a career|a potential|any) (move|change|new challenge|career move|career change|switch|new role|new opportunity)( for the right (opportunity|role|package|offer|company))?)`,
    category: 'recruiter',
    why: 'Asking whether they are open to or looking for a move, before offering one, is how every mass send opens.',
    instead: 'Name the role and why it fits them, so they can say yes or no to something real.',
    structure: NAME_THE_ROLE,
  },
  {
    phrase: `((are|would) you (be )?(interested|open) (in|to) (hearing|learning|finding out|knowing|exploring|discussing) (a bit |a little |some )?more (about )?(this|the|my|an|a|our) *1 (opportunity|role|position|opportunities|roles|opening|vacancy)|((i|we) )?would (love|like|be happy|be glad|welcome the chance) to (tell you|share)( a bit| a little| some)? more( about (it|this|the role|the opportunity|the position|them|the company|my client|the team))?|((more|further|full|all the|any) (details|information|info|specifics)( (can|will|would|could) (only )?be (shared|provided|disclosed|discussed|given))?|(the )?(details|information|info|specifics) (can|will|would|could) (only )?be (shared|provided|disclosed|discussed|given)) (on|over|during|in|under|via|after) (a |an |the )?(quick |brief |short |confidential |signed )?(call|phone|chat|conversation|phone call|nda|discussion|person))`,
    category: 'recruiter',
    why: 'Holding the details back until they reply or call is bait; the details are what would make them reply.',
    instead: 'Put the key facts in this message and ask one direct question about them.',
    structure: STATE_THE_FACTS,
  },
  {
    phrase: `((i appreciate|i understand|i realise|i realize|i know|i am aware) (that )?you (may|might|are probably|probably are|are likely) (not be (actively |currently )?(looking|on the market|searching|considering a move|open to a move)|(be )?(happily employed|happy (where you are|in your current role)|settled|content|very busy))|(always )?(good|smart|wise|worth it|important|healthy) to keep (your|one's) options open)`,
    category: 'recruiter',
    why: 'Pre-empting that they are not looking, or telling them to keep their options open, comes before any real detail.',
    instead: 'Name the employer or its sector, the role and the pay, then ask whether it is worth a conversation.',
  },
  // Asks filed as vague-ask, like other asks: in a note with a personal detail they are left alone.
  {
    phrase: '((let me know|share|confirm|revert with|send me|tell me) your (interest|interest level|availability and interest|interest and availability|comfort level|comfortability|interest and comfortability)|(your|the) (interest and )?comfortability)',
    category: 'vague-ask',
    why: 'Asking a stranger to "let me know your interest" in a role they have not been told about is the vendor-mail close sent to whole databases.',
    instead: 'Give the role, rate and location, then ask one yes-or-no question about them.',
  },
  {
    phrase: '((would you be|are you|would you|are you at all) (interested|open|available|up) (in|to|for) (a|an) (quick |brief |short |informal |exploratory |confidential |discreet |15 minute |10 minute )?(chat|call|conversation|discussion|catch up) (about|regarding|to discuss|on|around) (this|the|a|an|my|our|this exciting|a new) (role|opportunity|position|opening|vacancy|opportunities|roles)|(would you be|are you|would you|are you at all) (interested|open|available|up|willing) (in|to|for) (a|an) (brief |short |quick )?(confidential|discreet|exploratory|off the record|no obligation|no pressure) (chat|call|conversation|discussion|catch up))',
    category: 'vague-ask',
    why: 'A call about an unnamed role asks for the candidate\'s time before giving them a reason to spend it.',
    instead: 'Name the role and the fit in writing, then offer the call.',
    structure: STATE_THE_FACTS,
  },
  {
    phrase: '(a |an )?(confidential|discreet|exploratory|no obligation|no pressure|no strings attached|non committal) (chat|call|conversation|discussion|catch up)',
    category: 'vague-ask',
    why: 'Softening the call does not tell the candidate what it is about, so it still reads as a blind ask.',
    instead: 'Say what the call would cover and what they would learn from it.',
  },
  {
    phrase: '(i|we) would (love|like|be happy|be glad|welcome the chance) to (discuss|talk (to you )?about|chat (with you )?about|tell you about|walk you through|go over|share details of) (this|the|an|a|my|our) (exciting |great |new |fantastic )?(opportunity|opportunities|role|position|opening|vacancy) (with you )?',
    category: 'vague-ask',
    why: 'It offers a conversation about a role the message has not described, so there is nothing yet to discuss.',
    instead: 'Describe the role in two lines first; the conversation can then be about fit.',
  },
  {
    phrase: '(are|would|will) you (be )?(currently |now |soon |also |by any chance )?(available|free|open|looking) (for|to) (new |a new |any |another |your next |further |the next |some |more )?(contract|contracts|contract roles|contract role|contract work|assignments|assignment|engagements|engagement|contract opportunities|interim roles|interim assignments|freelance work|freelance projects|contract positions|gigs)',
    category: 'vague-ask',
    why: 'Contract agencies send this availability check to whole databases, so the contractor reads it as a mass mail.',
    instead: 'Name the contract: client sector, rate, length, IR35 status and why their experience fits.',
    structure: STATE_THE_FACTS,
  },
  {
    phrase: '(even if (you are (currently |not |not currently |not actively |very )?(happy|content|settled|comfortable|looking|not looking|in a good place|well placed|open)( (where you are|in your current role|in your role|at the moment|right now|currently))?|the timing (is not|is not quite|might not be|may not be|is not ideal) (right|ideal|perfect|great)?|now (is not|might not be|may not be) the (right|best|ideal) time|this (is not|might not be|may not be) (for you|the right time|the right move|right for you)|you are not (actively |currently )?(looking|on the market|in the market))|(i )?(know|realise|realize|appreciate|understand|imagine|assume|suspect) (that )?you (are|may be|might be|are probably|are likely|are most likely) (probably |likely |most likely )?not (actively |currently |really )?(looking|on the market|in the market|open to a move|thinking about a move)|(i )?(completely |totally |fully |absolutely )?understand if you (are|may be|might be) not (actively |currently |really )?(looking|interested|in the market|open to (a move|moving|new roles|new opportunities)))',
    category: 'vague-ask',
    why: 'Pre-empting the candidate\'s "no" is a template move; it shows the sender expected this message to be declined.',
    instead: 'Make the message good enough to answer on its own and let the candidate say no if they want to.',
  },
  {
    phrase: '((it )?(never|does not|would not|will not|can not|could not) hurt~|(there is )?no harm) (to|in) (explore|exploring|look|looking|have a (quick )?(chat|look|conversation)|having a (quick )?(chat|look|conversation)|talk|talking|chat|chatting|listen|listening|see what is out there|seeing what is out there|keep your options open|keeping your options open|hear more|hearing more|know your options|knowing your options|see|seeing)',
    category: 'vague-ask',
    why: 'A stock push for a passive candidate; it admits the role itself is not the reason to reply.',
    instead: 'Give one reason the role is worth their time instead of saying a chat is harmless.',
  },
  {
    phrase: '(the |a |your )?(best|good|convenient|suitable|preferred|easiest) (time|times|number|phone number|contact number|mobile number|day|day and time|days and times|number and time|time and number|way|method) (to (call|ring|talk|chat|speak|reach you|contact you|call you|ring you|catch you|get hold of you|connect|have a chat|have a call|give you a call|catch up)|for (a |an |you to have a )?(quick |brief |short |initial |introductory |informal |15 minute |10 minute )?(call|chat|phone call|conversation|discussion|catch up))',
    category: 'vague-ask',
    why: 'Asking for a time or a number to call before the candidate has shown interest skips the step where they decide they want to talk.',
    instead: 'Put the key facts in writing and ask one yes-or-no question; offer the call once they reply.',
  },
  {
    phrase: '(let me know|send me|share|suggest|drop me|tell me|give me|reply with|please send|along with|and) (a|the|your) (convenient|good|suitable|preferred|best) (time|times|slot|slots|number)',
    category: 'vague-ask',
    why: 'A request for a convenient time puts scheduling ahead of any reason to talk.',
    instead: 'Say what the call would decide, then offer two concrete slots.',
  },
  {
    phrase: '(happy|glad|more than happy|let me|just say the word and i will|say the word and i will) (to )?(send|share|forward|email|pass on|send over|send you) (you )?(over |across |on |through )?(more|a bit more|a little more|some more|the details|more details|full details|further details|details|more info|more information|the full spec|the spec|the job spec|the full job spec|the role spec|the full role spec|the full jd|the full brief|the job description|the jd|the brief|further information|all the details|the full details|the full job description)',
    category: 'vague-ask',
    why: 'An offer to send details later keeps the message empty now, so the candidate has nothing to reply to.',
    instead: 'Send the details in this message: role, company, pay band and why them.',
  },
  {
    phrase: '(and|to) tell you (a bit |a little |some )?more about (it|this|the role|the opportunity|the position|them|the company|my client|the team|what they do)',
    category: 'vague-ask',
    why: 'Promising to tell more later is the tell of a template: the interesting part is always held back for a call.',
    instead: 'Tell the most interesting fact about the role now, in one sentence.',
  },
  {
    phrase: '(learn|hear|understand|know|find out) (more |a bit more |a little more )?about your (career goals|career aspirations|aspirations|goals|next move|next step|ambitions|career plans|plans for the future|motivations|long term goals|career ambitions|future plans|career objectives)',
    category: 'vague-ask',
    why: 'Asking about their career goals before offering anything is a screening script, and the candidate knows it.',
    instead: 'Offer one concrete role and ask whether it matches where they want to go.',
  },
  {
    phrase: '(let me know|just let me know|do let me know|reply|drop me a line|get in touch|give me a shout) if you (would like|want|need|are interested in|would be interested in|would like to receive|would like to see) (more|further|additional|the full|the|some more|any more|the full job) (details|information|info|spec|job spec|job description|jd|particulars)',
    category: 'vague-ask',
    why: 'Offering details on request leaves this message without them, so there is nothing to decide on yet.',
    instead: 'Put the details in this message and ask one question about them.',
  },
  {
    phrase: '(what|whatever) you (are|would be|might be|are currently|re) looking for in (your|a|the) (next|new|future|ideal) (role|position|opportunity|move|job|career move|step|company|employer|team)',
    category: 'vague-ask',
    why: 'A chat about what they want next is a discovery script; it asks the candidate to do the matching.',
    instead: 'Bring one role that matches what they have said publicly, and ask whether it fits.',
  },
  {
    phrase: '(what would it take (for you )?(to )?(consider|make|entertain|explore|look at) (a|any) (move|change|new role|new opportunity|switch|career move|step)|(tempt|lure|entice|persuade|convince) you (away|to (move|leave|consider a move|make a move|look elsewhere)))',
    category: 'vague-ask',
    why: 'Asking what it would take to move them, before showing them anything, asks the candidate to negotiate against themselves.',
    instead: 'Show the role and the pay band first; ask what matters to them once they reply.',
  },
  {
    phrase: '((i|we) would (welcome|value|appreciate|relish|love) (the|an|any) (opportunity|chance) (of|for) (a|an) (brief |short |quick |confidential |discreet |private |initial |exploratory |informal |introductory )?(conversation|discussion|call|chat|exchange|meeting|introduction|dialogue)|(glad|happy|pleased|delighted|keen|love|like) to (have an |have a short |have a quick |have a brief )?(exchange|exchange views|exchange ideas) (with you|together|about|on))',
    category: 'vague-ask',
    why: 'A formal request for "the opportunity of a conversation" asks for time without saying what the conversation would decide.',
    instead: 'Say what you would cover and what they would learn, then offer two concrete slots.',
  },
  {
    phrase: '(if (you are|you would be|you might be|you were) (at all )?(interested|open|keen|curious) (in (learning|hearing|finding out|knowing|exploring|discussing)|to (learn|hear|find out|know|explore|discuss)) (a bit |a little |some )?more|(reply|respond|click|book a call|drop me a line|message me|get in touch) (here |below |now )?to (learn|hear|find out|know) (a bit |a little )?more)',
    category: 'vague-ask',
    why: 'Offering more information on request leaves this message without it, so there is nothing yet to be interested in.',
    instead: 'Put the one detail that matters in this message and ask one direct question about it.',
  },
  {
    phrase: '(kindly|please|pls|plz) (revert|revert back|respond back) (to me |to us |back )?(with|at the earliest|asap|at your earliest|on this|if|soon|immediately)',
    category: 'vague-ask',
    why: 'The vendor-mail request to "kindly revert" marks a message forwarded to a whole resume database.',
    instead: 'Ask one plain question about the role that the reader can answer yes or no.',
  },
  // The referral tail and the sign-off.
  {
    phrase: `(((do|would|might) you|if you) (happen to )?(know|have) (of )?(anyone|anybody|someone|somebody|any *2 (colleagues|friends|contacts|connections|peers|people)|anyone else|someone else) (in your network |you could recommend )?(who|that) ((might|may|would|could|will) be (interested|open|a *1 fit|suitable|a match|keen|looking|available)|(is|are) (available|looking|open|interested))|((feel free to|please|do|if you could|could you|would you|if you would|you could|happy for you to) )?((forward|pass|share|send) ((this|it|this message|this email|this role|this opportunity|the role|the details) )?(on |along )?(to|with) (anyone|anybody|friends|colleagues|former colleagues|someone|somebody|your network|others|any (friends|colleagues|contacts))( (in|from|within) your network)?|(pass|forward|passing|share) (this|it|this message|this opportunity|this role|the role|the details) (on|along))|(offer|pay|receive|get|earn|there is|we have|with) a (generous |handsome |nice |great |substantial )?referral (bonus|fee|reward|incentive)|((grateful|thankful) for|welcome|appreciate|value|love) any (introductions|recommendations|referrals|names|suggestions|intros|leads)|any (introductions|recommendations|referrals|intros|names|suggestions|leads) (from|within|in|across) your (network|contacts|circle|connections)|(individuals|people|anyone|colleagues|contacts|someone|candidates) (that |who |whom )?you (rate|rate highly|think highly of|would recommend|would vouch for)|(point|direct|refer|introduce|put) me (to|towards|in the direction of|in touch with) (anyone|anybody|someone|somebody|people|colleagues|friends|contacts)( (in|from|within) your network)?( (who|that) (might|may|would|could) be (interested|a *1 fit|suitable|open|keen))?|(referrals|recommendations|introductions|intros) (are|will be|would be) (always |very |most |more than |hugely |greatly )?(welcome|appreciated|valued))`,
    category: 'recruiter',
    why: 'Asking a stranger to pass the role on or name candidates turns the message into free sourcing for your fee.',
    instead: 'Write to the one person you want; ask for referrals only after they reply, with a named reward.',
  },
  {
    phrase: `(if (this|it|the role|the opportunity|this role|this opportunity|now) (is not|does not sound|is not quite|does not seem) (of interest|for you|the right (time|fit|move)|right for you|a (good )?fit|relevant|what you are looking for|something for you)|if (you are )?not interested (in (this|the) (role|opportunity|position|requirement|job|opening) )?(then )?(please |kindly )?(ignore|disregard|refer|forward|share|pass)|(please |kindly )?(ignore|disregard) (this|the) (mail|email|message)( if (you are )?not (interested|relevant|suitable))?|refer (your )?(friends|colleagues|friends or colleagues|friends and colleagues|peers|contacts) (who|that) (might|may|are|would|could)|(drop me a (line|message|note)|give me a (shout|call|ring)|shoot me a (message|note|line)|reply (to this (message|email) )?|get back to me|get in touch|reach out) if (you are|you would be|you might be|this is|this sounds|it sounds) (at all )?(interested|open|keen|of interest|interesting)|let me know if (the|this) (role|opportunity|position|opening) (is of interest|sounds interesting|interests you|appeals( to you)?|is something you would consider|(might|could) be of interest|sounds like a fit))`,
    category: 'recruiter',
    why: 'A conditional close ("let me know if interested", "if not, please ignore") leaves the reader nothing specific to decide.',
    instead: 'End with one direct question about the role, such as whether the pay and location work for them.',
  },
  {
    phrase: `((we|i) would (love|like) (to have you (on|in|join)|to welcome you (to|into|onto)|to bring you (on|into|onto)|for you to join) (our|the) (team|family|crew|roster)|(we|i|they|my client) would (love|like|be keen|be thrilled|be delighted) (to have|to bring|to welcome) ${SOMEONE_LIKE_YOU} (on board|onboard|on the team|aboard))`,
    category: 'recruiter',
    why: 'Wanting them "on the team" before a single detail is exchanged is warmth without a reason, and every agency writes it.',
    instead: 'Say which team, what they would do there and why you thought of them.',
  },
  // Award, shortlist and directory bait that recruits the reader.
  {
    phrase: '((you|your (company|firm|business|organisation|organization|team|agency|brand|startup|practice|name|profile|work|podcast|book)) (have|has) (just )?been (shortlisted|nominated|handpicked|hand picked|pre selected|pre approved|(selected|chosen|named|recognized|recognised|featured|listed|included) (as (a|an|one of)|among|for (inclusion|our|this year\'s|the (annual|award|awards|list))|to (receive|join|be featured|feature|appear)))|in recognition of (your|their) *1 (contribution|contributions|achievements|achievement|leadership|work|excellence|accomplishments|success|impact|efforts)|(accept|claim|secure|reserve) your (nomination|award|honor|honour|recognition|feature|listing|spot|place on the list|award package|trophy)|(look~ forward to|(excited|thrilled|delighted) to) (celebrate~|honor~|honour~|recognize~|recognise~|feature~) (you|your (achievements|success|accomplishments|company|business|story))|(an elite|a select|an exclusive|a prestigious|a distinguished|a curated|an invite only|a handpicked) (group|list|network|circle|community|cohort|club|council|forum) of *2 (leaders|professionals|executives|individuals|entrepreneurs|businesses|companies|founders|experts|women|members|peers|ceos|decision makers))',
    category: 'recruiter',
    why: 'Surprise nominations, "claim your award" and "an elite group of leaders" are vanity-award bait, usually with a fee.',
    instead: 'Say who chose them, for which piece of work, and plainly whether there is a fee.',
  },
];
