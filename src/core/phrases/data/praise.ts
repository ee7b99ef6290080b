// Praise that names nothing ("impressed by your background", "love your content"): it could be pasted to anyone, so the recipient reads it as flattery before a favour or a pitch.
import type { PhraseEntry } from '../types.js';

/** The usual replacement: one named piece of their work and what it did for you. */
const NAME_THE_WORK = 'Your ${1:post, talk or project} on ${2:topic}: ${3:what you took from it}.';
/** For praise of a career or background: the one part that matters to you. */
const NAME_THE_PART = 'Your ${1:specific role, project or result} ${2:why it matters to you}.';
/** For praise of posts and episodes: the point in one of them. */
const NAME_THE_POST = 'Your post on ${1:topic}, the part about ${2:point}, ${3:your reaction}.';
/** Intensifiers before a compliment ("really impressive", "so inspiring"); optional. */
const VERY = '(very |really |truly |so |quite |extremely |super |incredibly |genuinely |seriously |highly |deeply |absolutely |just |clearly )?';
/** Being impressed, in the words senders use for it. */
const IMPRESSED = '((impressed|amazed|blown away|intrigued|fascinated|struck|wowed|humbled) (by|with)|in awe of)';
/** What of theirs a compliment is about when it names nothing: the page, the career, the work as a whole. */
const THEIRS =
  '(profile|page|background|experience|career|career path|journey|story|resume|cv|credentials|skills|skill set|skillset|track record|expertise|achievements|accomplishments|portfolio|trajectory|qualifications|work|results|success|growth|progress|leadership|company|team|business|brand|impact|vision|mission|passion|dedication|contributions)';
/** What they publish, praised as a whole. */
const MEDIA = '(content|posts|post|articles|article|writing|insights|thoughts|perspective|updates|newsletter|podcast|show|episodes|videos|channel|blog|site|feed)';
/** The adjective a stock compliment gives a whole career or feed. */
const GLOWING =
  '(impressive|remarkable|outstanding|amazing|awesome|fascinating|interesting|inspiring|inspirational|incredible|excellent|exceptional|stellar|great|strong|solid|brilliant|unique|extensive|diverse|rich|fantastic|wonderful|phenomenal|extraordinary|admirable|top notch|world class|distinguished|enviable|superb|terrific|insightful|valuable)';

export const praisePhrases: readonly PhraseEntry[] = [
  // Impressed, inspired or drawn in by a page, a background, a body of work.
  {
    phrase: `(${IMPRESSED} ((the (depth|breadth|range|quality|level) of )?your *2 (${THEIRS}|years of experience)|the work (you|your team) *2 (do|does|doing|done)|what (you|your team) *2 (do|does|built|done|achieved|building)|(everything|all) you have (done|built|achieved|accomplished))|(impressed|amazed|blown away) (at|by) how (much|far|quickly) you|(inspired|moved|touched|motivated) by your ${THEIRS}|drawn to your (linkedin )?${THEIRS}|(i|we) (am|are|was|have been) ${VERY}(interested in|fascinated by|intrigued by|curious about) your ${THEIRS}|your (linkedin )?${THEIRS} (has )?(impressed|attracted|interested|inspired|amazed|fascinated|intrigued) (me|us)|(love~|like~|adore~) your (linkedin )?(headline|about section|bio))`,
    category: 'praise',
    why: 'Being impressed by a profile, background or "your work" without naming which part is the line sent in bulk.',
    instead: 'Name the project, result or decision that impressed you and what it taught you.',
    structure: NAME_THE_WORK,
  },
  // Adjectives with nothing behind them.
  {
    phrase: `((${GLOWING}|nice|good|cool|polished) (linkedin )?profile|impressive *1 ${THEIRS}|your ${GLOWING} (${THEIRS}|${MEDIA})|you have *2 ${GLOWING} ${THEIRS}|(always|as always) ${GLOWING} ${MEDIA}|(amazing|incredible|inspiring|visionary|phenomenal|outstanding) leadership|${GLOWING} (post|article|share|read))`,
    category: 'praise',
    why: 'A flattering adjective on their profile or feed fits anyone, so it shows no sign you read anything.',
    instead: 'Replace the adjective with the fact that earned it: one role, project or result.',
    structure: NAME_THE_PART,
  },
  {
    phrase: `(your *1 (${THEIRS}|${MEDIA}) *3 (is|are|looks|look|looked|seems|seemed|sounds|sounded|was|were|has been|have been|remains) (always )?${VERY}(${GLOWING}|spot on|on point|helpful|refreshing|thought provoking|eye opening|a must read|gold)|(find|found) your ${THEIRS} ${VERY}${GLOWING}|your ${MEDIA} *2 (add~|bring~|provide~|offer~) *2 value|your ${MEDIA} *3 (give~|gave|leave~|left) (me|us) *1 to think about)`,
    category: 'praise',
    why: 'A verdict on their work or posts as a whole shows you did not look at any one piece of it.',
    instead: 'Swap the verdict for one piece of their work and the difference it made to you.',
    structure: 'Your ${1:piece of work} changed how I ${2:what it changed}.',
  },

  // The profile did something: caught my eye, stood out, resonated.
  {
    phrase: `(your (linkedin |professional )?${THEIRS} *3 ((caught|grabbed|got|captured|drew|piqued|attracted) (my|our) (eye|eyes|attention|interest|curiosity)|(jumped|jumps|leapt|popped) out at (me|us)|(stood|stands|stand) out)|(truly|really|definitely|certainly|clearly) (stands|stood) out)`,
    category: 'praise',
    why: 'A profile cannot catch an eye; something on it did, and leaving it unsaid makes the compliment generic.',
    instead: 'Name the thing that caught your eye, such as a role, skill or result, and why it matters to you.',
    structure: 'Your ${1:specific achievement or project} caught my eye: ${2:why}.',
  },
  {
    phrase: `(((what|everything) you (stand for|do|share|are building|post|write)|your (${THEIRS}|${MEDIA}|words|message|values|approach|philosophy|energy)) *3 (resonate~ with me|resonate~|(speaks|spoke) to me|(touched|moved|warmed) (me|my heart))|relate~ (so much |a lot )?(to|with) your (journey|story|path|background|experience|posts|content)|your (energy|passion|positivity|enthusiasm|vibe|vibes|spirit|attitude|drive) (is|are) ${VERY}(contagious|infectious|magnetic|refreshing)|your ${MEDIA} *2 (make|made|brighten~) my (day|week|feed))`,
    category: 'praise',
    why: 'AI-written notes say something "resonated" or touched them without saying what, and recipients spot it.',
    instead: 'Quote or paraphrase the point that resonated and add what it meant for your own work.',
    structure: 'Your point that ${1:the point} matches ${2:your own experience}.',
  },

  // Journeys, inspiration and grand titles.
  {
    phrase: '((what|quite|such) (a|an) *1 (journey|career|story|trajectory|career path|background|track record|profile)|(your|about your) (career |professional )?(journey|path) (into|in|to|through|so far|as a|as an)|(hear|know|learn) (more )?about your (career |professional )?(journey|story|path))',
    category: 'praise',
    why: 'A word on their "journey" or whole career is LinkedIn-speak that fits every profile, so it shows no reading.',
    instead: 'Name the step you are curious about, such as a move, a role or a decision, and ask one question about it.',
    structure: 'Your move from ${1:previous role} to ${2:current role}: ${3:your question}?',
  },
  {
    phrase: `(your ${THEIRS} (continues to be|is|are|was|has been|have been|remains) *3 (inspiration|role model|source of inspiration|motivation|example to (me|us|others|many))|(truly|so|incredibly|super|deeply|absolutely|very|really|extremely|highly|genuinely|such an) (inspiring|inspirational)|you are *2 (inspiration|role model|visionary|trailblazer|pioneer|legend|powerhouse|rockstar|rock star|superstar|force of nature|unicorn|genius|game changer|natural leader|born leader|true professional|class act|rare find|inspiring|inspirational)|you *1 inspire (me|us|so many|others))`,
    category: 'praise',
    why: 'Grand titles and inspiration from a stranger read as flattery, and the recipient waits for the favour.',
    instead: 'Say what you did or decided because of one thing they did; that is the compliment.',
    structure: 'Because of your ${1:work or post}, I ${2:what you did or decided}.',
  },
  {
    phrase: '(leader|expert|authority|pioneer|visionary|voice|force|legend|icon|titan|giant|rockstar|guru|heavyweight|thought leader|luminary|trailblazer|powerhouse|veteran|superstar|go to person|name) in (your|this|the|our) (field|space|industry|area|domain|niche|sector|profession|world|community|game|market)',
    category: 'praise',
    why: 'Calling a stranger an expert in their field is the standard compliment of sales and PR templates.',
    instead: 'Point to the piece of their expertise you want to ask about.',
    structure: 'Your ${1:specific work} on ${2:topic} is why I am asking about ${3:your question}.',
  },

  // Traits asserted from a profile, with nothing of theirs named.
  {
    phrase: `((someone|a person|the kind of person) (i|we) (could|can|would) *1 learn (a lot|so much|a great deal) from|your *1 (${THEIRS}|reputation|record) (speak~ for (itself|themselves)|speaks volumes)|(great|nice|refreshing|rare|inspiring) to (see|find|come across|meet) (someone|people|a professional|professionals|a leader) (so passionate about|with (such|your) *1 (passion|background|experience|drive|energy)|like you)|you (seem|look|sound|appear) (to be )?(like )?*2 (interesting|inspiring|accomplished|impressive|fascinating|remarkable|talented|amazing|brilliant|kind|nice|friendly|genuine|professional|smart|driven|ambitious|motivated|positive|passionate|knowledgeable|experienced|humble|lovely|great))`,
    category: 'praise',
    why: 'A guess at what they are like, or a record that "speaks for itself", names nothing they actually did.',
    instead: 'Name the piece of their work you learned from and what it taught you.',
    structure: 'Your ${1:piece of work} taught me ${2:what you learned}.',
  },
  {
    phrase: `((i can tell|i sense|you strike me as|you come across as|something tells me|you seem like) *2 (someone|somebody|a person|a leader|a professional) (who|that) *1 (values|appreciates|cares about|understands|is passionate about|believes in|loves|knows the value of)|(someone|a person|an organization|an organisation|a company|a leader|a business|people|leaders) (who|that) *1 (cares|care|values|value|believes|believe|is passionate|are passionate|is committed|are committed|is dedicated) *1 (about|in|to) (making a difference|giving back|the community|community|people|impact|excellence|innovation|helping others|your (team|clients|customers|people|community)|quality|sustainability|doing good|community impact))`,
    category: 'praise',
    why: 'Telling a stranger what kind of person they are, with no evidence named, is how templates fake familiarity.',
    instead: 'Name what they did that shows it, such as a post, a decision or a project.',
    structure: 'You ${1:what they did}, which is why ${2:your reason for writing}.',
  },
  {
    phrase: `(you (are|seem|must be) ${VERY}passionate about|(your|the) (passion|dedication|commitment|enthusiasm|energy|drive|work ethic|love|care|expertise|personality) *3 (shines|shine|shone|comes|came|shows) through|(your|the) (passion|dedication|commitment|enthusiasm|energy|drive|work ethic|care|expertise|professionalism) *3 (is|are|has been) ${VERY}(evident|clear|obvious|palpable|contagious|infectious|admirable|inspiring|visible|unmatched)|(your|such) *1 (dedication|commitment|passion|devotion) (to|for) (excellence|innovation|quality|growth|learning|continuous improvement|making a difference|helping others|what you do|your (craft|work|field|clients|team|community))|it (is|was|has been) (so |very |abundantly )?(clear|evident|obvious|apparent) (that )?(you|your)|(evident|clear|obvious) (from|in) your (linkedin )?(profile|background|experience|posts|content|career)|(you|your team) (clearly|obviously|truly|genuinely) (care~ about|love what you do|put *3 (heart|thought|care|effort) into))`,
    category: 'praise',
    why: 'Passion or dedication that is "evident" from a profile is a stock line of AI-written notes; it names no act.',
    instead: 'Name the piece of work where you saw that care and what it changed for you.',
    structure: NAME_THE_WORK,
  },
  {
    phrase: `((for |suit |suits )?(someone|somebody|a professional|professionals|people|a person|an expert|talent|a leader|a candidate|an individual) (of|with) your (caliber|calibre|stature|level of (experience|expertise|skill)|talent|skills|skill set|experience|background|expertise|track record|credentials|profile|reputation|qualifications)|(exactly|precisely|just) the (calibre|caliber|kind|type|level) of (leader|talent|professional|person|candidate|expert|expertise|experience)|(someone|a person) as (accomplished|experienced|talented|successful) as (you|yourself))`,
    category: 'praise',
    why: 'Flattery about their calibre is the stock warm-up of recruiter and sales messages.',
    instead: 'Drop the calibre and say what specific experience of theirs your question or offer needs.',
    structure: 'Your experience with ${1:specific system or problem} is what ${2:your question or offer} needs.',
  },
  {
    phrase: `(you have (a|such a) (wealth|depth|breadth) of (experience|knowledge|expertise)|you (clearly |really )?know your (stuff|craft|field|industry|business)|you are *2 (talented|skilled|gifted|good|great|brilliant|amazing|excellent|knowledgeable) (at|in) what you do|you (clearly |really )?(excel|shine) at what you do|the top of your (game|field|industry)|your (knowledge|expertise|understanding|command) of *2 (is|are) ${VERY}(outstanding|impressive|remarkable|amazing|incredible|exceptional|unmatched)|your *1 (expertise|wealth of (experience|knowledge)|depth of (experience|knowledge)|breadth of experience) (in|with|around|across|on|as)|your ${THEIRS} (is|offers|shows) (a |such a )?(perfect|unique|rare|great) (blend|mix|combination))`,
    category: 'praise',
    why: 'Praising their knowledge or "expertise in" a field repeats their headline back to them.',
    instead: 'Name the piece of their knowledge you want to use, such as a post, talk or project, and your question about it.',
    structure: 'Your ${1:specific work} on ${2:topic} is why I am asking ${3:your question}.',
  },
  {
    phrase: `(you have (clearly |obviously )?(worked|put in|fought) (so |very |really )?hard (to (build|get|achieve|grow|earn)|for) (what you have|where you are|everything you have|your (business|company|career|success|legacy|practice|reputation|family))|you *1 (have|got|give off|radiate|bring) (that|the|such|this|a|so much) *1 (spark|x factor|it factor|something special|positive energy|great energy|entrepreneurial spirit|go getter attitude|winning attitude|leadership qualities|hustle|fire)|you (would|could|will) *1 (crush|kill|smash|rock|nail|thrive at|excel at|be amazing at|be great at|be a natural at) (it|this)( here)?)`,
    category: 'praise',
    why: 'A "spark" or hard work any owner could claim is the flattery of side-business and insurance pitches.',
    instead: 'Say what you saw them do that made you think of them, and what exactly you are offering.',
    structure: 'You ${1:something you saw them do}; I am offering ${2:what exactly}.',
  },

  // Applause for work, with none of it named.
  {
    phrase: `((you|your team) *3 (doing|making) (such )?(a )?${GLOWING} (work|things|stuff|job|waves|strides)|keep (doing|up) (the )?(great|good|amazing) work|keep doing what you (are doing|do)|(are|is|have been|has been|truly|really|clearly) *1 making (a|an|such a) *1 (difference|impact)|the *1 (impact|difference) (you|your team) (are making|have made|make)|kudos to you|(hats off|my hat is off) to you|(you|your team) (have|has) (built|created|grown) *2 ${GLOWING} (company|team|brand|business|career|community|product|platform|following)|you have (achieved|accomplished|done|built) (so much|a lot|great things|amazing things)|what you have (built|accomplished|achieved|done|created) (is|has been) ${VERY}${GLOWING}|you are *1 (killing|crushing|smashing|rocking) it|your (contribution~|impact) (to|on) (the|our|this) (industry|field|community|space|ecosystem|world))`,
    category: 'praise',
    why: 'Applause for work that is never named is the easiest line to write, so it signals little thought.',
    instead: 'Name the piece of work or the result and the effect it had.',
    structure: 'Your ${1:piece of work} ${2:the effect it had}.',
  },
  {
    phrase: `((great|huge|tremendous|the utmost|a lot of|so much|deep|immense|the highest|nothing but|real|genuine|sincere) (respect|admiration) for (you|your ${THEIRS}|the work (you|your team) *2 (do|does|doing|done)|what you (do|have built|are building))|(i )?(have )?(always )?(admire~|respect~|look up to|looked up to|applaud~|salute~) (you|your ${THEIRS}|(what|the work) (you|your team) *2 (do|does|doing|done|built|stand for|stands for)|(the way|how) you (lead|run|manage|build|approach|handle|show up|inspire|communicate|think about|have built|have grown))|(love~|like~|dig|appreciate~|adore~|enjoy~) (all )?(of )?(your (work|${MEDIA}|profile|journey|story|energy|vibe|vibes|positivity|enthusiasm|passion|dedication|hustle|mindset|work ethic|style|philosophy|attitude|authenticity|approach to (business|leadership|life|work|growth))|(what|the work) (you|your team) *2 (do|does|doing|stand for|are building|have built)|the (${MEDIA}|stuff|things|conversations|interviews|energy|passion|value|insights|perspective) you (share|post|create|put out|write|bring|add|are having)|how *2 your ${MEDIA} (is|are)))`,
    category: 'praise',
    why: 'Admiring or loving their work, content or energy in general costs nothing to write, so it carries no weight.',
    instead: 'Name one piece of work or one post and the point in it that you liked, and why.',
    structure: NAME_THE_WORK,
  },
  {
    phrase: `((i have been|i have|i) (follow~|watch~) *3 (for (a while|a bit|some time|a long time|years|ages|a few (months|years)|the (past|last) (few )?(months|years))|closely|with (great |keen )?interest|from afar)|(follow~|watch~) your *1 (${THEIRS}|${MEDIA})|(kept|keeping|had|have) (an|a close) eye on (you|your ${THEIRS}))`,
    category: 'praise',
    why: 'Following their journey or work, claimed without one thing you saw in it, reads as a template line.',
    instead: 'Name the one launch, post or result you noticed and what you took from it.',
    structure: 'Your ${1:launch, post or result} in ${2:month} ${3:what you took from it}.',
  },
  {
    phrase: `((learn~|learnt|benefit~|gain~|picked up) *3 (from|reading|watching) your (${MEDIA}|insights|expertise|experience|perspective|wisdom|story|journey|knowledge|work)|i (have )?(been )?(listen~ to|watch~|read|reading) *4 (episodes|shows|interviews|videos|issues|newsletters|posts|articles)|(long time|longtime|avid|loyal|regular|devoted|faithful) (listener|reader|viewer|subscriber)|(fan|follower|admirer|supporter|cheerleader) of (yours|your (${THEIRS}|${MEDIA})|(all|what|everything|the work) (you|your team) *2 (do|doing|done|share|post|create|stand for|built|building)|the (show|podcast|newsletter|channel)))`,
    category: 'praise',
    why: 'Fandom or "learning so much" from their posts, with no single one named, reads as flattery before a favour.',
    instead: 'Name one post or episode, the point in it and what you did with it.',
    structure: NAME_THE_POST,
  },
  {
    phrase: `((your|the) (vibe|vibes|energy|values|style|aesthetic|content|brand|story|mission) *1 (align~|fit~|match~) (with|to) our (values|brand|mission|vision|culture|community|audience)|(your|the) (insights|thoughts|perspective|take|views|posts|content|expertise) (on|about|around) (leadership|innovation|growth|ai|generative ai|marketing|sales|hiring|recruiting|culture|company culture|the future of (work|ai|marketing|sales|hiring|leadership|business|the industry|tech|finance|healthcare|education)|remote work|productivity|entrepreneurship|mindset|customer experience|digital transformation|sustainability|mental health|career growth|personal branding|networking|strategy|technology|tech|the industry|your industry|the market|(innovation|trends) in (the|your) (industry|space|field)|scaling|teamwork|diversity|wellbeing|talent|fintech|data|automation))`,
    category: 'praise',
    why: 'Praise for their "insights on leadership" or a fit with a brand names a topic, not a point, and fits anyone.',
    instead: 'Name the one insight, post or episode you mean and what exactly it would add.',
    structure: 'Your point that ${1:the specific insight} changed how I ${2:what changed}.',
  },

  // Second-hand praise and praise before an ask.
  {
    phrase: `((heard|hear|hearing) *3 (great|good|wonderful|amazing|fantastic|positive|excellent|glowing|brilliant|awesome|lovely|impressive) things about (you|your (work|company|team|business))|(heard|hear) (a lot|so much) about (you|your (work|company|team))|(speak~|spoke|talk~|rave~|raved) *2 (highly|well|glowingly) (of|about) (you|your (work|team|company))|you (come|came) *1 highly recommended|(your|you have a) *1 reputation (precedes you|speaks for itself))`,
    category: 'praise',
    why: 'Unattributed praise sounds invented; the recipient wonders from whom and about what.',
    instead: 'Say who told you and what they said.',
    structure: '${1:who} told me about your ${2:what they praised}.',
  },
  {
    phrase: '(your (point of view|expertise|perspective|experience|knowledge|advice|guidance|opinion) (would be|is|will be) *2 (invaluable|valuable|valued|appreciated)|i (would )?(really |greatly |truly )?(value|appreciate) your (perspective|insights|expertise|point of view|take|wisdom|guidance))',
    category: 'praise',
    why: 'Flattery placed right before an ask makes the ask feel like a trade, and it says nothing about why them.',
    instead: 'Say which of their experiences bears on your question, then ask a question they can answer quickly.',
    structure: 'Since you ${1:relevant experience}, could you tell me ${2:one specific question}?',
  },
  {
    phrase: '(you have been|you were|you have just been) (shortlisted|nominated|selected|chosen|handpicked|recognized|recognised|featured|named|invited) (as one of|among|for|to|as a)',
    category: 'praise',
    why: 'Selection and award notices sent to strangers are mass mailings, often selling a paid listing.',
    instead: 'Name the selecting body and the specific work it chose them for, or do not claim a selection.',
    structure: '${1:selecting body} chose your ${2:specific work} because ${3:reason}.',
  },
];
