// Connecting for its own sake ("growing my network", "like-minded professionals", "we share mutual connections"): the sender's wish for more contacts, which gives this recipient no reason to be one of them.
// "Connect" and "network" on their own are left alone: notes that give a reason use them too. The bare requests ("I'd love to connect") live in bare-connects.ts.
// "LinkedIn suggested you" and "you popped up in my feed" live in openers.ts; "mutually beneficial" in buzzwords.ts.
import type { PhraseEntry } from '../types.js';

const SHARED_GROUND = 'Hi ${1:first name}, we both ${2:the narrow thing you share}; ${3:what you would ask or compare}.';
const WHY_THEM = 'Hi ${1:first name}, your ${2:post, talk or project} on ${3:topic} ${4:what it changed for you}.';
const NAMED_MUTUAL = '${1:mutual contact} suggested I write; ${2:why they thought we should talk}.';
const COMPARE_NOTES = 'I would like to compare notes on ${1:topic}; I can share ${2:what you learned}.';
const TALK_AT = 'Could we meet at ${1:place} on ${2:day and time} to talk about ${3:topic}?';

/** The crowd a networking note files the recipient under. */
export const CROWD = '(professionals|people|leaders|founders|peers|experts|individuals|folks|minds|entrepreneurs|executives)';
/** Verbs for making a network bigger. */
const GROW = '(expand~|grow~|build~|broaden~|widen~|extend~|strengthen~|increase~|develop~|boost~)';
/** "I noticed that", "looks like": the sender reporting what two profiles show. */
export const NOTICED = '(i see |i saw |i noticed |noticed |saw |i can see |looks like |it looks like |seems like |it seems )?(that )?';
/** Each other, one another. */
const EACH_OTHER = "(each other|one another|each other's)";

export const networkingPhrases: readonly PhraseEntry[] = [
  // Growing the sender's network: the sender's goal, not the recipient's.
  {
    phrase: `${GROW} my (professional |linkedin |personal )?(network~|connections|circle|contacts)( of (contacts|connections))?( with *2 ${CROWD}| (in|across) the *2 (industry|field|space|sector))?`,
    category: 'networking',
    why: 'Growing your network is your goal, not the recipient\'s, so it tells them they are a number in your plan.',
    instead: 'Say what you want to learn from or offer this particular person.',
    structure: 'Hi ${1:first name}, I would value ${2:what you want to learn or exchange} because ${3:reason}.',
  },
  {
    phrase: "((grow~|expand~|share|combine|leverage) (our|each others|each other's) network~( together)?|(building|growing|creating|putting together) a (network|community|circle|group) of *2 " + CROWD + '|my network of *2 (' + CROWD + '|contacts))',
    category: 'networking',
    why: 'A network or community offered by a stranger reads as list-building, or as the first step of selling access.',
    instead: 'Name the one person or group you hope they can reach, or who is in yours by name, and why it fits them.',
    structure: 'I am trying to reach ${1:person or team} about ${2:topic}; ${3:why they would care}.',
  },
  {
    phrase: `(great|nice|an honor|a pleasure|good|glad|happy|delighted|pleased|excited|love|like|keen) to (have you (in|as part of|among) my|add you (to|into) my|welcome you (to|into) my|include you in my) (professional |linkedin )?(network|connections|circle|community)`,
    category: 'networking',
    why: 'Being added to a stranger\'s network is no reason to accept, and the recipient reads the line as a form.',
    instead: 'Tell them what they would get from the connection, or what you hope to learn from them.',
    structure: WHY_THEM,
  },
  {
    phrase: '((honor|honour|privilege) to (connect|be connected|get connected|be in your network|join your network)( with (you|someone like you))?|(connecting|to connect|to be connected) with (you|someone like you) (would be|is|will be) *2 (honor|honour|privilege|pleasure|treat))',
    category: 'networking',
    why: 'Over-polite deference from someone the recipient has never met sounds like flattery before a favour.',
    instead: 'Drop the ceremony and give the real reason you are writing, in one sentence.',
    structure: 'Hi ${1:first name}, ${2:the real reason you are writing}.',
  },

  // Connecting with a category of people rather than a person.
  {
    phrase: `(i )?(am )?(always |really )?(looking|keen|eager|excited|trying|hoping|open|want~|reaching out|happy|glad|love|like|great|good|nice) to (connect|network|be connected) with (fellow|like minded|other|more|new|industry|${CROWD} (in|from|across))`,
    category: 'networking',
    why: 'Connecting with a type of person, not this person, tells the recipient the note went to everyone with their job title.',
    instead: 'Say why this person: one piece of their work, or the specific thing you share.',
    structure: WHY_THEM,
  },
  {
    phrase: `(always (open|happy|keen|looking|eager|glad|great|good|love|like|enjoy|up for) (to )?(connect~|network~|meet~ *1 ${CROWD}|${GROW} my (network|circle)|make~ new connections)|(like~|love~|enjoy~) (meeting|networking with|connecting with|getting to know) (new|other|fellow|like minded|interesting|inspiring|talented) ${CROWD})`,
    category: 'networking',
    why: 'A standing wish to meet new people is true of the sender in general and says nothing about the recipient.',
    instead: 'Say what you would want to talk to this person about, and why them.',
    structure: 'Hi ${1:first name}, I would like to ask you about ${2:topic}, because ${3:reason}.',
  },
  {
    phrase: `like minded (${CROWD}|souls|others|person|professional|individual)`,
    category: 'networking',
    why: 'Nobody knows which minds you mean, so the phrase sounds like a mass message to a job title.',
    instead: 'Name the actual shared view or interest, for example a stance from one of their posts.',
    structure: 'Your view on ${1:topic} matches ${2:your own experience}.',
  },
  {
    phrase: `(growth minded|purpose driven|mission driven|impact driven|values driven|innovative|visionary|high performing|ambitious|driven|passionate|inspiring|exceptional|influential|dynamic) (${CROWD}|thinkers|innovators|changemakers|voices|builders|women|ceos)`,
    category: 'networking',
    why: 'A flattering label for a crowd tells the recipient they were picked by a search filter, not for anything they did.',
    instead: 'Drop the label and name what this person did that made you write.',
    structure: WHY_THEM,
  },
  {
    phrase: '((as )?(a |an |another |my )?fellow (*2 member~ (of|in) (the|this|our) *3 (group|community|network|association)|*2 (professional~|enthusiast~|networker~|leader~|founder~|entrepreneur~|marketer~|recruiter~|creator~|builder~|changemaker~|innovator~|executive~|consultant~|coach~|business owner~|linkedin member~)|*3 (here|checking in|reaching out|saying hi))|as (a |an |another )?fellow *2 (engineer~|developer~|designer~|manager~))',
    category: 'networking',
    why: 'A "fellow" label that thousands share is the cheapest claim of common ground, and the recipient knows the segment was the filter.',
    instead: 'Name the narrow thing you share: the same team, cohort, project, client or event.',
    structure: SHARED_GROUND,
  },
  {
    phrase: '(professionals|leaders|experts|individuals|founders) like (yourself|you)',
    category: 'networking',
    why: 'It addresses the recipient as a member of a category, which is exactly how a mass message reads.',
    instead: 'Refer to what this person has done, not to the kind of person they are.',
    structure: WHY_THEM,
  },
  {
    phrase: `((connect~ with|meet~|network~ with|reach~ out to|build~ relationships with) *2 ${CROWD} (in|from|across) (the|my|your|this) *2 (industry|field|space|sector|community)|(on a |my )(personal )?mission to (connect|meet|grow|build|expand)|surround~ myself with|(build~|grow~|expand~) (a|my) (strong|solid|professional|wider) network (in|across)|connect~ with (everyone|anyone) (in|who))`,
    category: 'networking',
    why: 'People in an industry are a filter setting, not a reason, and the recipient can tell they are a row in the campaign.',
    instead: 'Name the narrower thing you share with this one person: a problem, a customer type, a tool, an event.',
    structure: SHARED_GROUND,
  },
  {
    phrase: `((${CROWD}|others|someone) who share~ (my|our|the same|a similar) (passion~|interest~|vision~|values)|(share|have|with) (similar|common|shared|mutual|the same) (professional )?(interests|goals|values|passions)|we (both )?(share|have) (a|an) *1 (interest|passion|love) (in|for))`,
    category: 'networking',
    why: 'Unnamed shared interests could be claimed about anyone, so the recipient assumes you have not looked.',
    instead: 'Name the one interest and where you saw that they share it.',
    structure: 'Your ${1:post or project} on ${2:topic} is close to ${3:what you work on}.',
  },
  {
    phrase: '(see|who knows) where (it|this|that|things) *1 (lead~|go~|take~ us)',
    category: 'networking',
    why: 'Connecting to see where it leads admits there is no destination, so the recipient has nothing to say yes to.',
    instead: 'Name the one thing you hope the connection leads to, such as a question, an intro or a project.',
    structure: 'Hi ${1:first name}, I hope to ${2:the concrete next step} because ${3:reason}.',
  },
  {
    phrase: '((it )?(never hurts|does not hurt|can not hurt) to (connect|network|have more connections)|can never have too many (connections|contacts)|the power of (networking|connection~|community)|your network is your net worth|(good|great|useful|valuable) to (know|have) (people|contacts|connections) in (the|my|your|this) *2 (industry|field|space|sector)|(linkedin )?open networker~|i accept (all|every|any) (invitations|invites|requests)|never (idk|report) (you|anyone)|(i am )?(new|fairly new|just getting started) (to|on) linkedin)',
    category: 'networking',
    why: 'It admits there is no reason beyond having one more connection, and the recipient weighs the request accordingly.',
    instead: 'Find the reason that applies to this person before sending; if there is none, skip the request.',
    structure: WHY_THEM,
  },

  // Shared industry, groups and mutual connections: true of thousands of people.
  {
    phrase: `(${NOTICED}we (both |also )?(work~|are) (both |also )?in|we (are )?both (work )?in the *3 (industry|field|space|sector)|(we|${CROWD}|someone) (both |all |also )?(work~ |are )?in (the )?(same|similar) (industry|field|space|sector|line of work|niche)|the same (industry|field) as (you|me))`,
    category: 'networking',
    why: 'Sharing an industry or a field with thousands of people picks out nobody, and the recipient sees a filled slot.',
    instead: 'Name the narrower thing you share: a problem, a customer type, a tool, a community.',
    structure: 'We both work on ${1:the narrower shared problem or tool}.',
  },
  {
    phrase: `(${NOTICED}we (have|had|share|both have) *3 (mutual|shared|common) (connection~|contact~|friend~)|we (have|share) *3 (connections|contacts|friends) in common|${NOTICED}we are (both |also )?connected (to|with)|(move~|run|running) in (the same|similar) circles|(connected|linked) to *2 of the same people|our (networks|circles) overlap)`,
    category: 'networking',
    why: 'The request already shows the mutual connections, and many are open networkers; without a name they mean little.',
    instead: 'Name one mutual connection and how you know them, ideally someone who suggested you write.',
    structure: NAMED_MUTUAL,
  },
  {
    phrase: `(${NOTICED}we are (both |also )?(member~|part) of( the same| several| some)?|we (both |also )?belong to (the|some of the|a few of the) same|fellow (group |linkedin group )member~|groups in common|(i am a lion|(as a |proud )?lion (member|networker)|${NOTICED}you are (also )?(part of|a member of|active in) the *3 (community|group|network) (here|on linkedin)))`,
    category: 'networking',
    why: 'A group, list or community that thousands belong to is a filter result, not a reason to write to this person.',
    instead: 'Mention something said or done in the group: a thread, an answer of theirs, an event.',
    structure: 'Your answer in ${1:group} about ${2:topic} helped me ${3:what it helped with}.',
  },

  // Vague mutual benefit.
  {
    phrase: `((learn~|grow~|benefit~) *2 from ${EACH_OTHER}|(let us|we can|we could|to|and|keep) (grow~|learn and grow|thrive|succeed|rise|win) together)`,
    category: 'networking',
    why: 'Mutual learning with a stranger is a promise with no content; the recipient cannot see what they would learn.',
    instead: 'Say what you could teach or show them, and what you would ask in return.',
    structure: 'I could share ${1:what you know}; I would like to ask about ${2:what they know}.',
  },
  {
    phrase: `((if|whether|how) we (can|could|might) (support|help|benefit|add value to) ${EACH_OTHER}|add value to ${EACH_OTHER}|for (our )?mutual (benefit|growth|success)|(let us|we can|we could|and|to) (support|help) ${EACH_OTHER}|(support|help|empower|inspire) ${EACH_OTHER} (on|in|along|through) (our|their) *2 (journey~|path~|career~)|(could|would|might) (both )?benefit (from (being connected|connecting|knowing each other|staying (connected|in touch))|us both|both of us)|(could|would|might) be (beneficial|valuable|useful) (for|to) (us both|both of us)|(help|support) ${EACH_OTHER} (grow|succeed|thrive)|anything i can do (for you|to help you))`,
    category: 'networking',
    why: 'A benefit to both sides that neither side can name is the stock reason given when there is no reason, and often precedes a pitch.',
    instead: 'Say the one concrete thing you can do for them, before what you would get.',
    structure: 'If useful, I can ${1:concrete thing you can do for them}.',
  },
  {
    phrase: `((exchange~|swap~|trade|bounce~ around) (ideas|insights|perspectives|knowledge|experiences|thoughts|best practices|views|notes|learnings)( and (ideas|insights))?( (with ${EACH_OTHER}|together))?|(let us |i would love to |would love to |happy to )?connect and (share|exchange|swap|discuss) (insights|ideas|knowledge|experiences|best practices|thoughts)|(connect and|love to|happy to|keen to|let us|we should|we could) compare notes|(glad|happy|pleased|delighted|keen|open|love|like) to (have (an|a) )?exchange( (with you|views|thoughts))?|(an|a (quick |short )?) exchange (with you|between us))`,
    category: 'networking',
    why: 'An exchange of unnamed ideas gives the recipient no topic to prepare for or say yes to.',
    instead: 'Name the one topic and what you would bring to the exchange.',
    structure: COMPARE_NOTES,
  },
  {
    phrase: '(let us |we should |i would love to |would love to |love to |hope to )?(connect~|stay in touch|keep in touch|stay connected|network~) (for|regarding|about) (any )?(future|potential|possible|upcoming) (opportunities|opportunity|collaboration~|projects|partnerships|business)',
    category: 'networking',
    why: 'Connecting for unnamed future opportunities tells the recipient there is no reason today.',
    instead: 'If there is a concrete opportunity, name it; if not, give the present reason for writing.',
    structure: 'Hi ${1:first name}, ${2:the concrete opportunity or present reason}.',
  },
  {
    phrase: '((i am )?a (big |firm |strong )?believer in |(i )?(truly |really )?believe in |(i )?(love|value) )?build~ (meaningful|genuine|lasting|authentic|strong|long term|real|trusted) (professional )?(relationships|connections)',
    category: 'networking',
    why: 'Announcing that you build meaningful connections is the opposite of showing one; the recipient sees a slogan.',
    instead: 'Make the connection meaningful by saying what you know of their work.',
    structure: WHY_THEM,
  },
  {
    phrase: 'no (agenda|pitch|sales pitch|selling|strings attached)( at all| here)?( just| only)? (network~|connect~|good conversation|a conversation|want to connect|looking to connect|to connect)',
    category: 'networking',
    why: 'Recipients have learned that "no pitch, just networking" usually comes right before the pitch.',
    instead: 'Say what you do want to talk about; a clear purpose is more reassuring than a denial.',
    structure: 'Hi ${1:first name}, I would like to ask about ${2:topic}; ${3:why them}.',
  },
  {
    phrase: `(${CROWD}|changemakers|women|companies|brands) who (truly |really |genuinely )?(care~|are passionate|are committed|want to make|are making) (deeply )?(about|a difference|an impact)`,
    category: 'networking',
    why: 'A crowd defined by values everyone claims is a search segment, so the recipient hears a note sent to all of it.',
    instead: 'Name the thing this person did that shows what they care about, and why it made you write.',
    structure: WHY_THEM,
  },

  // Events, meetings and friendship with no content.
  {
    phrase: `(${NOTICED}we (will|are) (both |also )?(be )?(attending|going to|heading to|at|speaking at|exhibiting at)|${NOTICED}you (will|are) (also )?(be )?(attending|going to|speaking at) the (event|conference|summit|webinar|expo|meetup)( next week| this week| too)?)`,
    category: 'networking',
    why: 'Attendee lists are scraped for exactly this line, so a shared event with nothing else says the recipient was one row in the list.',
    instead: 'Name the session or booth you will be at and what you want to talk about there.',
    structure: TALK_AT,
  },
  {
    phrase: '(maybe|perhaps|hopefully|would love to|let us|we (could|can|should)|happy to|hope to|and) (meet up|meet|catch up|grab (a )?coffee|say hi|connect|meet in person) (there|at the (event|conference|summit|expo|meetup)|while we are (both )?there|during the (event|conference|summit|week))',
    category: 'networking',
    why: 'A vague plan to meet "there" gives the recipient no time, place or topic to agree to.',
    instead: 'Propose a time, a place at the event and the topic, so a yes is one word.',
    structure: TALK_AT,
  },
  {
    phrase: '((build~|establish~|develop~|start~|create~|foster~|form~|have) (a |an )?(good|great|strong|solid|long term|lasting|mutually beneficial|fruitful|win win|trusted|successful) (and *2 )?(business |working )?(relation~|relationship~|partnership~|cooperation|collaboration)( with (you|your *1 (company|team|business|organization)))?|(build~|establish~|develop~|start~|create~) (a |an )?(business |working )?(relation~|relationship|partnership|cooperation) with (you|your *1 (company|team|business|organization))|(a |an )?(long term|mutually beneficial|fruitful|lasting|win win) (business )?(cooperation|partnership|collaboration|relationship))',
    category: 'networking',
    why: 'A long-term relationship proposed in a first message is the stock line of supplier and outsourcing mail; it skips the reason to have one.',
    instead: 'Propose one small, concrete first step and what the recipient gets from it.',
    structure: 'As a first step, ${1:small concrete offer}; it would give you ${2:benefit}.',
  },
  {
    phrase: '(for|regarding|about|towards) (any |our |a )?(future|further|potential|possible) (business|cooperation|collaboration~|partnership~|dealings|projects together)( together)?',
    category: 'networking',
    why: 'Business "in the future" is what a note offers when it has nothing for now, and the recipient reads it that way.',
    instead: 'Name the concrete piece of business you have in mind now, or wait until there is one.',
    structure: 'Hi ${1:first name}, ${2:the concrete piece of business you have in mind}.',
  },
  {
    phrase: '((we|let us|can we|we could|we can|i want to|i would like to|i would love to|hope we can|we should) be (good |great |close )?friends( first| here)?|(make|making) (new )?friends (with you|here|on linkedin)|(become|becoming) (good )?friends)',
    category: 'networking',
    why: 'Offering friendship to a stranger on a professional network is the opening move of romance and investment scams.',
    instead: 'Say who you are and the professional reason you are writing.',
    structure: 'I am ${1:who you are}; I am writing about ${2:the professional reason}.',
  },
  {
    phrase: `((stay|keep) (up to date|updated|informed|in the loop|posted|in touch) (on|with|about) (your|${EACH_OTHER}) (work|journey|progress|career|posts|content|projects)|(keep|continue) learning from (you|your (posts|content|insights|journey|work))|(people|folks|professionals|leaders|founders) (doing|building|working on) (interesting|great|amazing|cool|exciting|innovative|impactful) (things|work|stuff)|(good|great|nice) to (expand|grow) (the|my) network)`,
    category: 'networking',
    why: 'Following someone\'s updates or "people doing great things" says nothing about them; the Follow button does the same.',
    instead: 'Name the one thing of theirs you want to hear more about and why it matters to you.',
    structure: 'I would like to hear how ${1:their specific project} turns out, because ${2:why}.',
  },

  // Filler reasons.
  {
    phrase: '((we|we seem to|i think we|we clearly|we probably|we might|we may) (have|share) (a lot|so much|much|lots|plenty|quite a bit|a few things|many things|a great deal) in common|(share|have|find) *3 common ground|we (both )?(went to|studied at|attended|graduated from|took|joined|were at) the same (university|school|college|program|bootcamp|webinar|event|conference|meetup|summit|workshop|course|cohort)|(also )?(an alum|an alumnus|alumni|a graduate|a fellow (alum|alumnus|graduate)) (of|from) (my|our|the same) (school|university|college|alma mater|program)|(similar|parallel) (backgrounds|career paths))',
    category: 'networking',
    why: 'Claiming a lot in common without naming one thing leaves the recipient to guess, and most assume nothing was checked.',
    instead: 'Name the one thing you have in common and where you saw it.',
    structure: SHARED_GROUND,
  },
  {
    phrase: '((happy|glad|pleased|delighted|nice|great|a pleasure) to (make|have made) your acquaintance|(an |the )?easy way (for us )?to (introduce ourselves|get to know each other|connect)|(looking forward to|look forward to|excited to be|happy to be) networking( with you)?|connect~ with (all|other|fellow|all the) (attendees|participants|speakers|members|delegates|exhibitors)( (of|at) the (event|conference|summit|webinar))?|you seem (like )?(a |an )?(really |very )?(interesting|cool|great|nice|fascinating) (person|professional)|you seem (really |very )?interesting|(let us|would love to|we should) get to know each other( better)?|(the|an|a) (opportunity|chance) to get to know (you|your (business|company|team|work))( better)?|(i |we )?(would love|would like|want|wanted) to get to know (you|your (business|company|team|work))( better)?|you seem like (someone|a person) (i should know|worth knowing))',
    category: 'networking',
    why: 'Getting acquainted or networking for its own sake could be said to anyone with a profile photo, so the recipient has no reason to accept.',
    instead: 'Say what about them is interesting to you, concretely, and what you would like to talk about.',
    structure: 'Your ${1:project or post} on ${2:topic} made me curious about ${3:question}.',
  },
  {
    phrase: "((thank you|thanks) for joining (our|my|the|this) (group|community|linkedin group)|(as )?the (owner|admin|moderator|founder|organizer) of (this|the|our) (group|community)|invite you to join (my|our) (linkedin group|group|community)|encourage you to (share your (knowledge|expertise|insights)|participate in (the )?discussions|introduce yourself)|support (and )?(challenge|inspire|uplift)( and (inspire|uplift))? (one another|each other)|(looking forward to|here is to|to our) mutual (growth|success))",
    category: 'networking',
    why: 'Group-welcome wording and mutual-growth wishes are sent to every member at once, so they show no interest in this person.',
    instead: 'Write to them about something they posted or asked in the group, or skip the message.',
  },
  {
    phrase: '((you never know|who knows) (when|where|if|how) (our paths|we) (might|may|will|could) cross|(hopefully|hope|i hope|hoping) (our paths (will |might |may )?cross|we (will |can )?cross paths)( (professionally|someday|one day|in the future|soon))?)',
    category: 'networking',
    why: 'A hope that paths cross one day admits that they have not, and gives the recipient nothing to act on.',
    instead: 'Name a real place your paths could cross: an event, a project, a shared contact.',
    structure: 'I will be at ${1:event}; would you be up for ${2:short meeting} there?',
  },
];
