// Asks with no concrete next step ("pick your brain", "hop on a quick call"): the recipient cannot tell what they would be agreeing to, so the easy answer is silence.
//
// Borderline choices, so a personal note rarely trips them:
// - Good notes ask for calls too ("Could we do 20 minutes next Tuesday on how you sized the Kafka cluster?").
//   The entries match the vague frame ("hop on a quick call", "chat sometime", "find some time to chat"),
//   never "call", "chat", "coffee" or "connect" on their own.
// - "grab a coffee" alone is left out (a note may propose a real place and day); only "virtual coffee",
//   "coffee sometime", "coffee chat" and the bribe ("coffee's on me") are listed.
// - Interest and calendar checks ("would you be interested?", "do you have 15 minutes", "what does your calendar
//   look like", "a good time to connect") are listed broadly: a note with a personal detail has its topic and
//   is not reported for them, so they only fire where nothing says what the time is for.
// - Open time windows and scheduling talk ("this week or next", "happy to work around your schedule", "I'll send some
//   times") are listed: they are asks too, so a note with a personal detail is not reported for them.
// - "schedule a call" needs a softener ("quick", "short", "virtual") because a specific note may say
//   "let's schedule a call for Thursday".
// - "let me know what you think" is left out: it is how people hand over a specific draft or PR.
// - Job asks ("any openings", "is your team hiring") live in job-requests.ts; "keep in touch" and "at your
//   earliest convenience" in closers.ts; "mutually beneficial" in buzzwords.ts; sales calls to action ("worth a
//   quick call?", "are you the right person") in sales-pitch.ts. The bare "open to new opportunities" stays here;
//   the recruiter and job-seeker frames around it start earlier and live in their own files.
import type { PhraseEntry } from '../types.js';

/** The usual replacement for a call ask: the topic, the length and two days. */
const TOPIC_AND_LENGTH = 'Could we take ${1:15} minutes on ${2:specific topic}? ${3:day} or ${4:day} works for me.';
/** For open-ended asks: the one question, asked now. */
const ONE_QUESTION = 'One question about ${1:topic}: ${2:the question}?';
/** For scheduling asks: the topic first, then two slots. */
const TWO_SLOTS = 'About ${1:topic}: would ${2:slot one} or ${3:slot two} work?';
/** Why a calendar ask is vague: the reader is asked for time before being told what for. */
const CALENDAR_FIRST = 'It asks the reader to find time for a meeting before saying what the meeting is for.';
/** The softeners and lengths that make a call sound small ("quick", "15-minute"). */
const SOFT_WORDS =
  '(quick|short|brief|casual|informal|virtual|relaxed|friendly|little|low key|no pressure|exploratory|introductory|intro|initial|discovery|(5|10|15|20|30|45|five|ten|fifteen|twenty|thirty|half hour) (minute|min))';
/** The names senders give a meeting with no agenda. */
const CALL = '(call|chat|catch up|conversation|convo|zoom|meeting|discussion|sync|virtual coffee)';
/** A count of minutes, as in "15 minutes", "a few mins". */
const MINUTES = '(5|10|15|20|30|a few|a couple of|ten|fifteen|twenty|thirty|five) (minutes|mins)';
/** Who would point the sender onward: "the right person", "whoever handles". */
const THE_RIGHT = '(the (right|correct|best|appropriate|relevant) (person|people|direction|contact|team|place|department)|the person who|someone who|anyone who|whoever)';

export const vagueAskPhrases: readonly PhraseEntry[] = [
  {
    phrase: 'touch~ base',
    category: 'vague-ask',
    why: 'Office jargon for "talk" that asks for contact without saying about what, so recipients skim past it.',
    instead: 'Say what you want to discuss and how long it would take.',
    structure: 'Could we talk for ${1:15} minutes about ${2:topic}?',
  },
  {
    phrase: 'pick~ (your|his|her|their) brain~',
    category: 'vague-ask',
    why: 'Picking a brain has no edges: the recipient cannot tell how long it takes or what they would be asked.',
    instead: 'Ask one specific question they can answer in a reply, or propose a length and a topic.',
    structure: ONE_QUESTION,
  },
  // Calls and chats with no agenda.
  {
    phrase: `((hop~|jump~|get|getting) on (a|an) *2 ${CALL}|(set up|setup|schedule|arrange|book|have|do|organize|organise|grab|line up|lock in|plan|put together|fit in|squeeze in) (a|an) ${SOFT_WORDS} *2 ${CALL}|(would|does|could|might) (a|an) *2 ${CALL} *3 (work|suit you|be possible|be useful|be helpful|make sense|be worthwhile|be of interest|be valuable|help)|(discuss|talk about|go over|explain|share more|tell you more|walk you through|show you|run through|dig into|chat about|talk through|cover|go through|chat) *3 (on|over|during) (a|an) *2 ${CALL})`,
    category: 'vague-ask',
    why: 'A quick call about nothing in particular makes a real ask sound small and reads as a sales call.',
    instead: 'Say what the call is for and how long it takes, and offer to do it in writing instead.',
    structure: TOPIC_AND_LENGTH,
  },
  {
    phrase: `(((would|do|are|might) you (be )?)?(open to|up for|interested in|keen on|game for|down for|amenable to|available for|free for) (a|an|further|some) *2 ${CALL}|(would|will) you be (available|free|around) to (connect|talk|speak|chat|hop on a call|jump on a call)|(would you be|are you) (at all )?(opposed|averse) to)`,
    category: 'vague-ask',
    why: 'A yes-or-no question about a call on no stated subject; the safe answer for a stranger is no.',
    instead: 'State the subject and what they would get out of it, then ask.',
    structure: TOPIC_AND_LENGTH,
  },
  {
    phrase: `((would|does|will|could|might) (it|this|that) (make sense|be worth (it|your (time|while))|be (worthwhile|useful|helpful|valuable|crazy|a bad idea)) (for us )?to (connect|chat|talk|speak|meet|explore|discuss|sync|touch base|get together|(set up|schedule|book|have|grab|find|arrange|get|do|take|hop on|jump on|put) *3 (call|time|chat|meeting|conversation|demo|zoom|minutes|intro|catch up|coffee))|(this|it|that) *2 worth (exploring|discussing|considering|talking about|looking into|a closer look|a second look|your time|a few minutes|15 minutes|a *2 (conversation|chat|call|look|discussion)))`,
    category: 'vague-ask',
    why: 'It asks the reader to judge whether your pitch deserves a meeting, which is your job to show.',
    instead: 'Make the case in one sentence, then ask a yes-or-no question about one concrete next step.',
    structure: TOPIC_AND_LENGTH,
  },
  {
    phrase: '(((i|we) )?((would|really|am|are) )?(love|like|happy|glad|keen|want|wanted|hope|hoping) to ((have|grab|set up|schedule|book|arrange) *2 (chat|natter|word|catch up|call|meeting)|chat|natter|catch up)|(we should|let us|would be (great|nice|good|lovely|fun) to) catch up|(chat|catch up|connect|talk|meet up|get together|speak|meet|sync|link up) (sometime|some time|one of these days|at some point|in the coming weeks|down the line|whenever works))',
    category: 'vague-ask',
    why: 'Wanting to chat or catch up "sometime" is a pleasantry, not a plan: there is no topic and no time.',
    instead: 'Give the reason now, such as the news, question or event, and a time window.',
    structure: 'Since ${1:occasion}, could we talk about ${2:topic} in ${3:time window}?',
  },
  {
    phrase: `(virtual (coffee|tea|cuppa|drink)|coffee (chat|chats|date|dates)|(grab|get|have|go for|meet for|catch up over|connect over|chat over) (a )?(quick )?(coffee|drink|drinks|beer|lunch|cuppa|tea|bite) (sometime|some time|one day|at some point|soon|whenever|one of these days|in the coming weeks|when you are (next )?in town|next time you are in town|if you are ever in town)|(coffee|coffee's|lunch|lunch's|drinks|the first round) (is |will be |would be )?on me|(buy|treat) you (a |to a |to )?(coffee|lunch|drink|beer|cuppa))`,
    category: 'vague-ask',
    why: 'A coffee with no topic, however it is labelled or sweetened, is still an open-ended meeting with a stranger.',
    instead: 'Name the one question or topic, how long it takes, and a place and day if you mean to meet.',
    structure: ONE_QUESTION,
  },

  // Timing and calendars left to the recipient.
  {
    phrase: `((a|the|your) (good|best|convenient|suitable|preferred|better|great) (time|times|day|slot) (to|for) *3 (catch up|call|reach|talk|speak|connect|reconnect|chat|meet|contact|discuss|intro|you)|(let me know|send me|share|tell me|suggest|what is|what would be|when is|when would be|and) *2 (good|best|convenient|suitable|preferred|better|great) (time|times|day|days|slot|slots|window|number)|(at|in) (a|your) (convenient|suitable) time)`,
    category: 'vague-ask',
    why: 'The recipient has to pick a time before knowing why they should meet at all.',
    instead: 'Say why you want to talk first, then suggest the time yourself.',
    structure: TWO_SLOTS,
  },
  {
    phrase: `((would you be|are you|will you be|you) (free|available|around) *3 (this|next|later this|early next) (week|month)|(sometime|some time|at some point|anytime|any time) *2 (this|next|later this|early next) (week|month)|this week or next|this or next week|(this|next) week or the (week )?(after|following week)|in the next (week|couple of weeks|few weeks|week or two|few days)|(sometime|some time) soon|in the (near|not too distant) future|(whenever|when) you are (ever )?(free|available|around)|(anytime|any time|whenever) (it |that )?(works|suits|is convenient) (for )?you|whenever (suits|works)|when works (best )?for you|when (are|would|will) you (be )?(free|available|around)|(can|could|shall|might) we (connect|chat|talk|speak|meet|sync|catch up) *2 (this|next|later this|early next) (week|month)|(another|a different|a better) (time|day|slot) (works|would work|suits) (better|best))`,
    category: 'vague-ask',
    why: 'An open window instead of a time sounds considerate but leaves the scheduling, and the reason, to the reader.',
    instead: 'Say what the meeting is for, then offer two specific times.',
    structure: TWO_SLOTS,
  },
  {
    phrase: `((what|how) (does|do|is|are) your (calendar|schedule|week|diary|availability|next week|afternoons|mornings|coming week|next few (days|weeks)|week ahead) (look like|look|looking)|(let me know|send me|share|reply with|send over|tell me|respond with|suggest|propose|drop me|shoot me) (your|a|some|any|a couple of|a few|two|what|which) *2 (availability|times|time|slots|slot|days|day|dates|windows)|(reply|respond|come back|get back to me|write back) with (a |some |your )?(times|slots|dates|availability)|(send|shoot|share|suggest|propose|drop|offer) (you )?(over )?(some|a few|a couple of|two or three|several|my) (times|time slots|slots|dates|available times)|send (you |over )?(a|an) (calendar )?(invite|invitation)|(get|put|book|pencil|lock|slot) *3 (on|in|into) (your|the) (calendar|schedule|diary)|(get|getting) on your (calendar|schedule|diary)|(work|fit|schedule) (around|into|with) your *1 (schedule|calendar|availability|diary|timezone)|(accommodate|adapt to|fit in with|be flexible around) your *1 (schedule|calendar|availability|timezone|diary)|flexible (on|with|around) (timing|time|times|dates|days|your schedule|your availability|scheduling)|(whatever|whichever|whenever|any time that) (works|suits|is) (best|easiest|convenient)|(at|on) a (time|day|date) that (works|suits|is convenient)|make (myself|ourselves|time) available)`,
    category: 'vague-ask',
    why: CALENDAR_FIRST,
    instead: 'Give the reason to meet first, then offer two slots yourself.',
    structure: TWO_SLOTS,
  },
  {
    phrase: `((find|set up|schedule|arrange|book|carve out|make|grab|set aside|block out|pencil in|lock in|line up|have|get) *2 time (for|to) *3 (chat|connect|catch up|talk|speak|meet|call|discuss|sync|touch base|compare notes|get acquainted|get to know each other)|(let us|can we|could we|shall we|we should) (find|set up|schedule|book|grab|lock in|pick|get|put) (a |some )?(time|slot|date|call|meeting)|shall we (discuss|talk|connect|chat|hop on|jump on|meet|proceed|get on|take this))`,
    category: 'vague-ask',
    why: CALENDAR_FIRST,
    instead: 'Lead with the topic, then offer two specific slots.',
    structure: TWO_SLOTS,
  },
  {
    phrase: `(((do|would|will|might|could|can) you (have|spare|find|carve out|make|set aside|give me)|(can|could|shall|might|would|may) (we|i) (find|grab|get|schedule|book|carve out|have|steal|borrow|ask for|take)|(available|free) for|(spare|borrow|steal|grab|take up|ask for)) (a |a spare |a quick |just |even |only |about |some )?(${MINUTES}|half an hour|an hour|(a|a few) (spare |free |quick )?(minute|moment|moments))|(if|when|whenever) you (have|can spare|could spare) *2 (minutes|mins|moment|moments)|(${MINUTES}|half an hour) of your *1 (time|day|schedule|week))`,
    category: 'vague-ask',
    why: 'Asking for a few minutes hides the real ask behind its size; the reader still does not know what for.',
    instead: 'Say what the minutes are for and what they would get out of them.',
    structure: '${1:10} minutes to ${2:what you would do with them}',
  },
  {
    phrase: '((i will|i can|i could|i would be happy to|happy to|let me) (give you a (quick |short )?(call|ring|buzz|bell)|call you)|(i will|let me|i am going to) (ping|nudge|email|text|call|buzz|check in with|follow up with|circle back with|reach out to|try) you (again )?(next week|tomorrow|later this week|early next week|in a few days|in a couple of days|on (monday|tuesday|wednesday|thursday|friday)|next month))',
    category: 'vague-ask',
    why: 'A call announced without a topic; the recipient has no reason to pick up.',
    instead: 'Say what the call would settle, or put it in writing.',
    structure: TOPIC_AND_LENGTH,
  },

  // Interest checks with nothing specific to be interested in.
  {
    phrase: `((let me know|tell me|give me a shout|drop me a line|just reply|ping me|shoot me a (note|message|line)|send me a (note|message)|reach out) (if|whether|when|whenever) ((you|this|it) *4 )?(interested|open|keen|curious|interest|interests you|interesting|useful|relevant|resonates|could help|might help|would help|free|available|around|time|minutes|moment|window|slot|chat|connect|talk|meet|hop on a call|jump on a call|learn more|discuss|catch up|explore)|(if|should) (this|that|any of this|it) *2 (of *1 interest|interesting|relevant|useful|helpful|a fit|a good fit|worth exploring|up your alley|something you need))`,
    category: 'vague-ask',
    why: 'It asks the reader to volunteer interest or a time before giving them anything specific to say yes to.',
    instead: 'End with a yes-or-no question about one concrete next step.',
    structure: 'Shall I send ${1:specific thing}? It takes ${2:time} to read.',
  },
  {
    phrase: `((would you like|do you want|would you care|want me|shall i|should i|can i|may i) to *2 (learn|hear|know|find out|see|send|share) (a bit |a little )?more|(would you be|are you|might you be|could you be) *1 interested|(would you have|do you have|is there) any interest|(any|some) interest in (exploring|learning more|discussing|chatting|hearing more|a *1 (call|chat|demo))|something (you|your team|your company) (would|might|could|may) (be (interested|open|keen)|consider|explore|look at|want to (explore|discuss)|find useful|benefit from)|(if|should) you (are|be|ever|feel|would like|want|wish|would be|might be) *3 (open|interested|curious|keen) (to|in) (exploring|discussing|chatting|connecting|talking|learning|hearing|a *1 (chat|call|conversation)|it|this|that|the idea|more)|(open|interested|keen|curious|up for|game) (to |in |for |on |about )?(exploring|discussing|hearing|learning|seeing|knowing|finding out|chatting about|talking about) *2 (more|this|that|it|how|whether|if|what|the idea|the possibility|the opportunity|options|a partnership|a collaboration)|(i|we) (would|will) (love|like|be keen|be happy|be glad) to (explore|discuss) (this|it|that|things|options|possibilities|opportunities|whether|if|ways|further|together|more)|(idea|proposal|proposition|opportunity) (i|we) would (love|like) to (share|discuss|run by you|present|tell you about))`,
    category: 'vague-ask',
    why: 'It asks for interest in something not yet described, so the reader has nothing to say yes to.',
    instead: 'Describe the thing in one sentence, then ask one yes-or-no question about it.',
    structure: 'Shall I send ${1:specific thing}? It takes ${2:time} to read.',
  },
  {
    phrase: 'open to new (opportunities|roles|challenges|positions)',
    category: 'vague-ask',
    why: 'Asked of a candidate or said by one, it names no role, so the other side has nothing to say yes to.',
    instead: 'Name the role, the team and why it fits, or the role you want and why they might know of one.',
    structure: '${1:role} at ${2:company}; your ${3:experience} fits because ${4:reason}. Interested?',
  },
  {
    phrase: '((with )?(no|zero) (agenda|hidden agenda|sales pitch|pitch|obligation to buy)|not (trying to sell|selling|here to sell|pitching) (you )?(anything|something)|not a (sales )?pitch)',
    category: 'vague-ask',
    why: 'A meeting with no agenda is a meeting with no reason, and disclaiming a pitch makes readers expect one.',
    instead: 'Say what you want from the conversation; if there is nothing to sell, the topic will show it.',
  },
  {
    phrase: '(what (are|is) your (top|biggest|main|key|number one) (priorities|priority|goals|objectives|initiatives|focus areas) (for|this|in) *1 (quarter|year|month|half|q1|q2|q3|q4)|interested in (how|seeing how|learning how|hearing how) we (did it|did that|got there|pulled it off|achieved it|did this)|what does your (current )?(tech stack|stack|process|workflow|setup|strategy|pipeline|hiring process|sales process|marketing strategy|outbound strategy|budget|team structure) look like)',
    category: 'vague-ask',
    why: 'A discovery question asks the reader to brief a stranger, and it fits any prospect on the list.',
    instead: 'Say what you already know about their setup and ask one question only they can answer.',
  },

  // Learning about them in general.
  {
    phrase: '((learn|find out|hear|know|understand|catch up on) (a bit |a little |a lot )?(more )?about (you|what you (do|are (doing|building|working on|up to|focused on|planning)))|(learn|find out|hear|know|understand) (a bit |a little |a lot )?more about your (business|work|company|background|journey|experience|career|role|story|organization|organisation|team|projects|plans|goals|vision|priorities|needs|challenges|initiatives|mission|roadmap|current role|day to day|process|processes|setup|workflow|stack|tech stack|strategy|approach|operations)|(learn|find out|hear|know|understand|catch up on) *3 what you (are|were|have been) (working on|building|doing|up to|focused on|focusing on|excited about|planning|creating)( (lately|recently|these days|at the moment|right now))?|(i|we) would (love|like) to (learn|hear) (more )?(about|from) you)',
    category: 'vague-ask',
    why: 'Interest in "more about you" is unfocused: most of it is on their profile, and the reader must pick a topic.',
    instead: 'Mention one thing of theirs you already saw and ask one question about it.',
    structure: 'I saw ${1:their work}; how did ${2:specific question}?',
  },

  // Thoughts, feedback and advice with no question attached.
  {
    phrase: '(((love|like) to (hear|get|have|know|learn)|let me know) your (thoughts|take|perspective|insights|opinion|feedback|input|views|two cents|honest opinion|honest feedback|point of view|reaction)|(appreciate|value|welcome|love) your (thoughts|feedback|input|perspective|take|opinion) on (this|that|it|the above|(our|my) (product|platform|tool|app|project|startup|idea|website|site|profile|resume|cv))|(feedback|input|insights|thoughts) from *1 (developers|engineers|people|professionals|experts|leaders|founders|folks|practitioners) like you)',
    category: 'vague-ask',
    why: 'Thoughts on a whole thing invite an essay the recipient will not write for a stranger.',
    instead: 'Ask the one question you most want answered, specific enough for a one-line reply.',
    structure: 'Quick sense check: ${1:narrow question}?',
  },
  {
    phrase: '((your|any) (feedback|input|thoughts|insights|support|expertise|experience|perspective|insight) (would|will|could) be *2 (invaluable|valuable|helpful|a huge help)|your (expertise|experience|insights|insight|perspective) (would|could|might|will) (provide|offer|give us) *2 (input|insight|guidance|direction|feedback)|(give|provide|offer|share) *2 (valuable|honest|quick|expert|useful) feedback on (our|my) (project|product|app|tool|startup|platform|repo|repository|library|idea|website)|your (star|stars|upvote|vote|share|follow|review|support) (will|would|could) *2 (help|mean|give) *3 (momentum|a lot|the world|visibility))',
    category: 'vague-ask',
    why: 'It asks for open-ended free work and pays in gratitude.',
    instead: 'Ask for one specific, small judgement and say how you will use it.',
  },
  {
    phrase: '((any|some) (advice|guidance|tips|insights|pointers|suggestions|help) (would be|are|is|will be) *1 (welcome|valued|helpful)|(value|welcome|grateful for|love) (any|your) (advice|guidance|tips|pointers|suggestions|wisdom|mentorship)|(any|whatever) (help|support|guidance|advice|assistance|insight|insights|tips|pointers|input|wisdom) you (can|could|might|would) *3 (give|offer|provide|share)|(would you be (willing|open|able) to|would you mind|would you care to) (share~|offer~|give~) (me )?(some|any|a few|your) (advice|tips|insights|insight|guidance|pointers|wisdom|thoughts|perspective)|(can|could|may) i ask you a (few|couple of|couple) (quick )?questions|(would you be (open|willing) to|would you consider|could you) (mentor~ me|be my mentor)|(looking for|seeking) (a )?(mentor|mentorship|guidance) (from someone like you|and guidance)|(help|assist|support) (me|us) in any (way|capacity)|(please|kindly) guide me)',
    category: 'vague-ask',
    why: 'General advice, help or mentoring is the biggest ask: the recipient must first work out what you need.',
    instead: 'Describe where you are stuck in one sentence and ask one specific question.',
    structure: ONE_QUESTION,
  },

  // Collaboration and opportunities with no shape.
  {
    phrase: '((explore~|discuss|discussing|talk about|chat about|look at|looking at|look into|looking into|identify|identifying|find|finding|uncover|brainstorm) *1 (opportunities|synergies|avenues|collaboration~|partnership~|areas of (collaboration|mutual interest|overlap|synergy))|((how|whether) (we|you and i)|ways (to|we)) *2 (collaborate|work together|partner|support each other|support one another|help each other|team up|add value)|(see|explore|find out|figure out|determine|check|assess|understand|gauge|discuss) (if|whether) (there|we) *4 (fit|synergy|synergies|opportunity|opportunities|alignment|overlap|match|potential))',
    category: 'vague-ask',
    why: 'Exploring synergies or a fit has no destination, so the recipient cannot tell what they would agree to.',
    instead: 'Name the single opportunity you have in mind and why it fits them.',
    structure: 'I think ${1:specific opportunity} could work because ${2:reason}.',
  },
  {
    phrase: '((collaborate|work together|partner|team up|work with you) (in the future|down the road|down the line|at some point|someday|one day)|(collaborate|work|team up|partner) on something|(love|like|keen|eager|excited|want) to (partner|collaborate|team up|work|join forces|work together) with (you|your (brand|company|team|business|page|channel|store|organization|organisation|agency|practice|firm|platform))|(opportunity|chance|way) *2 to (collaborate|work together|partner|team up|join forces|help each other|support each other|create something together)|(to have you|for you to be|to get you) (involved|on board|onboard|in the round|part of (this|it|the round|the team|our community))|(run|bounce) (something|an idea|a few ideas|some ideas|a couple of ideas|a few things) (by|past|off) you|(discuss|talk about|go over|align on|talk through|agree on|map out|figure out|explore|plan|chat about) *1 next steps)',
    category: 'vague-ask',
    why: 'A wish to work together on nothing in particular leaves the recipient to invent the project.',
    instead: 'Name the project, the role you have in mind for them and what each side would do.',
    structure: 'I think ${1:specific opportunity} could work because ${2:reason}.',
  },

  // Switchboard and off-platform asks.
  {
    phrase: `(((point|direct|redirect|refer|connect|forward|pass) (me|this|it|my (message|note|email))|(a )?(pointer|nudge|introduction|intro|referral|steer)) (along )?(to|in|toward|towards|in the direction of) ${THE_RIGHT}|whoever (handles|is responsible for|manages|owns|looks after|oversees|is in charge of|takes care of|makes decisions|decides on)|(speak|talk|connect) (with|to) someone (from|on|in) your (business development|marketing|sales|partnerships|procurement|purchasing|hr|it|finance|leadership|bd) (team|department))`,
    category: 'vague-ask',
    why: 'It turns the reader into a switchboard, and without a named problem they cannot tell where to point.',
    instead: 'Find the person yourself, or name the role and the problem so a forward takes one click.',
    structure: 'I am looking for whoever owns ${1:area}, about ${2:topic}.',
  },
  {
    phrase: '((share|send|give) (me )?your (whatsapp|whatsapp number|phone number|mobile number|contact number|personal number|personal email)|(could|can|would) you (take a look at|have a look at|check out|look at) (my|our) (profile|website|site|product|platform|app|startup|project|page|work|portfolio))',
    category: 'vague-ask',
    why: 'A look at everything, or a move off the platform before saying why, leaves the reader nothing to answer.',
    instead: 'Say what you want here first: point to one part and ask one question about it.',
  },
];
