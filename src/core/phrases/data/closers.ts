// Stock last lines ("looking forward to hearing from you", "thanks in advance"): the close is where the ask belongs, and these end on a formula instead.
// Ordinary sign-off words ("Best,", "Thanks,", "Regards,", "All the best") are left alone: only the formula sentences above them are listed.
// Easy outs: an easy out after a specific, small ask is advice this linter gives ("a no is fine too", "fine if not" stay
// unlisted). "No pressure at all" and "no worries if not" are listed because readers mark them as stock after a pitch;
// closers are only reported where the note names nothing personal, and after a specific ask they drop to a mild
// pleasantry. The pre-emptive apology "(totally) understand if not" and breakup devices ("let me know either way",
// "feel free to keep my info") are listed too. "If the timing is off, totally fine" is listed with its named
// conditions only; the bare "if not, fine" stays unlisted like "fine if not".
// "Have a great day" and "keep up the great work" live in well-wishing.ts, relationship talk in networking.ts,
// "I will stop reaching out" and "if things change" in follow-ups.ts.
import type { PhraseEntry } from '../types.js';

/** What a stock close waits for. */
const REPLY = '(reply|response|feedback|answer|thoughts|revert|comments|input|views|take|decision|confirmation|cooperation|support)';
/** How a stock close hopes the reply will be. */
const KIND = '(positive|favorable|favourable|prompt|quick|kind|early)';
/** The help an open request leaves the recipient to define. */
const HELP = '(help|advice|guidance|assistance|support|input|feedback|suggestions|pointers|leads|referrals|insights|tips|thoughts|introductions|intros)';
/** The conditions an easy out names ("if the timing is not right"). */
const IF_COND =
  '(if (now|this|it|the timing) is not (a good time|the right time|a priority|a fit|right|ideal|great|relevant|for you)|if the timing is (off|wrong)|if you are not interested|if you are (too )?busy|if you would rather not|if (this|it) does not (resonate|fit|make sense)|if (this|i) (is|am) off base|if (this|the answer) is a no|if you pass)';
/** What a meeting-request close offers to talk about. */
const TO_TALK = 'to (discuss|connect|speak|talk|chat|meet|learn more|explore)( (further|more|with you|in more detail|in person))?';
/** What a sender offers to send later. */
const INFO = '(information|details|info|samples|examples|case studies|references|testimonials|materials|portfolio|deck|pricing)';

const ONE_QUESTION = '${1:one question they can answer in a line}?';
const NEXT_STEP = 'A first step could be ${1:small concrete step}. Would that be useful?';
const SPECIFIC_HELP = 'I could ${1:specific small thing you can do} if that helps.';
const ONE_DETAIL = '${1:the one detail that matters to them}. ${2:one question}?';
const ATTACHED = 'The attached ${1:document} shows ${2:what}; ${3:which part} is the relevant bit.';

export const closerPhrases: readonly PhraseEntry[] = [
  // Waiting for a reply: the formula that leaves the recipient to work out what to answer.
  {
    phrase: `((i )?(look~|am looking) forward (to|for) ((hearing|hear|getting a (reply|response)|a (reply|response)) (back )?from you( (soon|shortly|at your earliest convenience))?|(your|receiving your|getting your|hearing your) *1 ${REPLY}|(a|an) ${KIND} ${REPLY})|(eagerly |anxiously )?(await~|awaiting for|waiting for|wait~ for) your *1 ${REPLY}|(i am )?hope~ for (a |your )?${KIND} ${REPLY})`,
    category: 'closer',
    why: 'It ends on a formula that presumes a reply and leaves the recipient to work out what to answer.',
    instead: 'End with one question they can answer in a line.',
    structure: ONE_QUESTION,
    removal: 'sentence',
  },
  {
    phrase: `((i )?(hope~|would love|would like|waiting|am waiting|keen|eager|excited|can not wait|curious|would be great) to (hear (back )?from you( soon| shortly)?|hear back|(hear|get|know|learn|have) your (thoughts|feedback|views|take|opinion|perspective|input|insights|response)( (soon|on (this|it|that|my (idea|proposal))))?)|(would be|are|am|will be) *1 (happy|glad|delighted|pleased|thrilled|excited) to hear (back )?from you)`,
    category: 'closer',
    why: 'An open wish to hear back, or for their thoughts, leaves the recipient to decide what to say and how much.',
    instead: 'Ask for one specific opinion on one specific point, or offer two concrete options.',
    structure: 'Would ${1:option one} or ${2:option two} suit you better?',
    removal: 'sentence',
  },
  {
    phrase: `((kindly|please|pls) revert( back)?|(hope|hoping|expect|expecting) to (receive|get) (a |your )?${KIND} (reply|response|answer|revert|feedback)|your *1 (response|reply|revert|feedback|action|cooperation|attention( to this matter)?) (will be|would be|is) *1 (appreciated|valued)|(kindly|please) (acknowledge|confirm) (the )?receipt|at the earliest( possible)?|(i am|we are) (just|only) (an email|a message|a call) away|(appreciate|await|expect|need) (your|a) (response|reply|answer|feedback) (as soon as possible|asap|by return)|(so|that) (i|we) can update (my|our) (records|list|crm))`,
    category: 'closer',
    why: 'An office-letter formula that asks for a reply as if one were owed, which reads as stiff and demanding.',
    instead: 'Ask the question directly and make it answerable in a line.',
    structure: ONE_QUESTION,
    removal: 'sentence',
  },

  // Thanks for help nobody has given yet.
  {
    phrase: '(thanks|thank you|many thanks|much appreciated|appreciate it) (so much |very much |a lot |again )?in advance( for (your|the|any) *1 (time|help|consideration|response|reply|cooperation|support|assistance|guidance|advice|feedback))?',
    category: 'closer',
    why: 'Thanking someone for help they have not agreed to give reads as presuming the answer, and many find it pushy.',
    instead: 'Thank them for something they have already done, or simply end with the question.',
    structure: 'Thanks for ${1:something they already did}.',
    removal: 'sentence',
  },
  {
    phrase: '((thank you|thanks|many thanks) (again |so much |very much )?for (taking )?your (valuable |kind )?(time|consideration|attention|understanding|cooperation|patience)( and (consideration|attention))?|(thank you|thanks) (so much )?for (considering|reading|taking the time to read)( (this|me|my (request|application|message|email)))?|(i )?(really |truly |do )?appreciate (your (valuable |kind )?(time|consideration|attention)( and (consideration|attention))?|you taking the time|you (reading|considering) (this|my (message|email|request))))',
    category: 'closer',
    why: 'The sign-off of every cover letter: thanks for time or consideration the stranger has not given yet.',
    instead: 'Cut it and end on the one concrete question; a short note is the way to respect their time.',
    structure: 'Would you consider ${1:the concrete thing}?',
    removal: 'sentence',
  },

  // Keeping in touch and handing the next step to the recipient.
  {
    phrase: '((let us|we should|we will|hope~ to|would love to|would like to|want to|keen to|be great to|hope we can|hope we will) (stay|keep) in (touch|contact)|look~ forward to (staying|keeping) in (touch|contact)|(let us|we should|would love to|hope we can) keep (the conversation going|each other posted|each other in the loop))',
    category: 'closer',
    why: 'You are not in touch yet, so the line presumes a relationship the note has not started.',
    instead: 'Name the next touchpoint: an event you will both attend, a draft you will send, a date.',
    structure: 'I will send ${1:what} by ${2:when}.',
  },
  {
    phrase: '((please )?feel free to (reach out|contact (me|us)|get in touch|drop (me|us) a (line|note)|message me|ping me|email me|call (me|us)|dm me|get back to me|reach out to me)( (directly|anytime|any time|at any time|whenever|with any questions))?|(please )?(do not|never) hesitate to (reach out|contact (me|us)|get in touch|ask|call|email (me|us)|let (me|us) know|get back to (me|us)|revert)|you know where to (find|reach) (me|us)|(my|our) (door|inbox|dms|line) (is|are|remains|will be) (always )?open|(contact|reach out to|call) (me|us) (if|whenever|in case) (ever )?(needed|required|you need anything)|if ever (needed|required)|in case of any (need|requirement|queries|doubts))',
    category: 'closer',
    why: 'A customer-service sign-off that hands the next step to the recipient, who had no plan to take one.',
    instead: 'Take the next step yourself: say what you will send or ask, and when.',
    structure: 'I will ${1:what you will do} on ${2:when}.',
    removal: 'sentence',
  },
  {
    phrase: '((please )?(let me know|let us know|tell me|reach out) if you (have|need|had|require) any *1 (questions|queries|concerns|clarification|information|details)|should you (have|need|require) any *1 (questions|queries|information|clarification|assistance|details)|if you have any *1 (questions|queries|concerns)( (please )?(let me know|feel free|do not hesitate|reach out|just ask))?|((happy|glad|more than happy|willing|available|here|pleased) to )?(answer|address|clarify) any *1 (questions|queries|concerns)( you (may|might) (still )?have)?)',
    category: 'closer',
    why: 'The recipient has no questions about a note they did not ask for, so the line invites nothing.',
    instead: 'Ask your own question instead, one they can answer in a line.',
    structure: '${1:your own question}?',
    removal: 'sentence',
  },
  {
    phrase: '(if there is anything (else )?(i|we) can (do|help with)( for you)?|let me know (how|if) (i|we) can (help|be of (any )?(help|assistance))( in any way)?|if (i|we) can (ever )?be of (any )?(help|assistance|service)|(if|should) you (ever )?need anything( else)?|(happy|glad|here|willing) to (help|assist) (in )?any way (i|we) can|(happy|glad|willing|would love|hope) to return the (favor|favour)( (anytime|any time|someday|one day))?)',
    category: 'closer',
    why: 'An open-ended offer of help or of a future favour sounds polite but gives the recipient nothing to take up.',
    instead: 'Offer one specific, small thing you can do for them, such as an intro, a review or a data point.',
    structure: SPECIFIC_HELP,
  },
  {
    phrase: `((let me know|tell me) if you (would like|want|are interested|would be interested|would like me) (to (learn|hear|see|find out|explore) (more|how (it|this|we) (works|could help))|in (learning|hearing) more)|((happy|glad|willing|keen|pleased) to|(i |we )?would love to|(i|we) (can|will|could)) (provide|share|send|forward|offer|walk you through) (you )?(over )?(more|further|additional|a few|some|our|the)? *1 ${INFO}( if (helpful|useful|needed|you are interested)| on request)?|(happy|glad|keen) to (share|send|tell you) (a bit )?more( if (helpful|useful|you are interested))?|(and|happy to|would love to|i would love to) (tell|show) you (a bit )?more( about (it|this|us|our (product|platform|service|work)|what we (do|offer)))?|(happy|glad|would love) to (discuss|explain|show you) how (this|it) (applies|could apply|would work|could work) (to|for) (you|your (business|company|team))|(happy|glad) to share what (we|i) (learned|found|are seeing)( if (helpful|useful))?|if you are (at all )?(curious|intrigued)( to (learn|hear) more)?)`,
    category: 'closer',
    why: 'It offers more later instead of giving it; the recipient has to ask for the part that would make them care.',
    instead: 'Put the one detail that matters most to them into this message, then ask one question.',
    structure: ONE_DETAIL,
    removal: 'sentence',
  },
  {
    phrase: '(((wanted|want) to )?(see|check|know|hear|find out) (if|whether) you (had|have|got) (any|some) (thoughts|feedback|questions|comments)( (on|about) (it|this|that|the (proposal|deck|offer|idea|above|below)|my *2 (proposal|email|message|note)))?|any (thoughts|feedback) (on|about) (this|that|the (above|below|proposal)|my (last|previous) (email|message|note)))',
    category: 'closer',
    why: 'An open request for thoughts on a whole message leaves the recipient to decide what to say, so most say nothing.',
    instead: 'Ask one specific question they can answer in a line.',
    structure: 'Does ${1:specific point} match what you see?',
    removal: 'sentence',
  },

  // Easy outs and breakup devices attached to a pitch. An easy out after a specific, small ask is good advice (see
  // the header); after a template sent to a list it is part of the template, so these are reported only where
  // nothing in the note is about the reader (in a note with a personal detail they are a mild pleasantry).
  {
    phrase: `((and |but )?(absolutely |totally |really )?(no|zero) pressure( (at all|whatsoever|either way|of course|to reply))?|(if not|either way|${IF_COND})( then)? no (worries|problem|stress|hard feelings)( at all| whatsoever)?|(either way|${IF_COND})( then)? (that is |it is )?(totally|completely|perfectly|absolutely) (fine|ok|okay|understandable)|no (worries|problem|problems|stress|hard feelings|pressure|obligation) (at all |whatsoever )?(if not|either way|${IF_COND})|(i )?(totally |completely |would |will )?understand (if not|${IF_COND}))`,
    category: 'closer',
    why: 'After a pitch sent to a list, the easy out is part of the template: it pre-empts the no without giving a reason for a yes.',
    instead: 'Make the ask specific and small first; then one short line that a no is fine is enough.',
    removal: 'sentence',
  },
  {
    phrase: '(either way (just )?let me know|a (simple|quick) (yes or no|yes|no) (is|would be) (fine|great|enough|perfect)|(please |just )?let me know (either way|one way or the other|yes or no|which (one )?(it is|applies)|which of these (it is|applies))|(feel free to )?(keep|save|hold on to) (my (info|information|details|contact details|number)|this (email|message))( (on file|handy|for (the )?future( reference)?|for later|just in case))?|keep (me|us|my (name|info)) in mind (for|if|when|in case|down the road|going forward))',
    category: 'closer',
    why: 'A breakup-email device: it files the reader as a future lead and asks them to sort themselves for your pipeline.',
    instead: 'Give them a reason to reply that concerns them, or let the thread rest.',
    removal: 'sentence',
  },

  // Vague hopes of working together.
  {
    phrase: '(i |we )?(look~|am looking) forward to (((speaking|talking|chatting|working|collaborating) (with|to) you|(meeting|getting to know) you|(learning|hearing) more (about (you|your (work|business|company))|from you))( (soon|further|in person))?|working together|(a |our |the )?(fruitful|long|long term|mutually beneficial|successful|productive|lasting|potential|possible|future) *3 (collaboration|relationship|partnership|association|cooperation)|(the )?(possibility|prospect) of (working|collaborating|doing business) (together|with you)|(celebrating|welcoming|hosting|recognizing|featuring) (you|your (achievements|success|participation|company|team)))',
    category: 'closer',
    why: 'It looks forward to a conversation, partnership or event the recipient has not agreed to, without saying what it would be.',
    instead: 'Propose the first step: the topic, how long it takes and when.',
    structure: NEXT_STEP,
    removal: 'sentence',
  },
  {
    phrase: `((i |we )?(would )?(welcome|appreciate|value|relish) (the|an|any) (opportunity|chance)( ${TO_TALK})?|(i )?(would )?(love|like) (the|an|any) (opportunity|chance) ${TO_TALK}|(i )?look~ forward to (the|an|any) (opportunity|chance) ${TO_TALK})`,
    category: 'closer',
    why: 'A cover-letter close that is vague about what would be discussed and for how long.',
    instead: 'Name what you would discuss and how long it would take.',
    structure: 'Could we spend ${1:15} minutes on ${2:topic}?',
  },
  {
    phrase: '(hope~|wish) (that )?(we can|we could|to|we might|to one day|to have the (chance|opportunity) to) (work together|work with you|collaborate|partner|do business|team up)( (together|with you))?( (in the future|soon|someday|one day))?',
    category: 'closer',
    why: 'The recipient cannot say yes to working together on a project you have not named.',
    instead: 'Name the project or the first small piece of work.',
    structure: 'Would you be up for ${1:first small piece of work}?',
  },

  // Gratitude and favours asked in advance.
  {
    phrase: `(any ${HELP} *4 (would be|is|will be) *2 appreciated|(i )?(would |will |do )?(really |greatly |truly |so )?(appreciate|be grateful for|be thankful for) any ${HELP}( (at all|whatsoever))?( you (can|could|may|might) (give|offer|provide|share))?)`,
    category: 'closer',
    why: 'It leaves the recipient to define the help, which is more work than most will take on.',
    instead: 'Ask for one specific, small piece of help with a clear size.',
    structure: 'Could you ${1:one specific, small piece of help}?',
    removal: 'sentence',
  },
  {
    phrase: '(would (really |truly )?mean (a lot|so much|the world|a great deal|everything)( to (me|us))?( to (hear|get|know|have) (what you think|your (thoughts|take|feedback|opinion)))?|(i|we) (will|would|shall) (be|remain) *1 (thankful|grateful|obliged|indebted)( to you| for (your|the|any|this|a))?|(i )?(would|will) *1 appreciate (it|your (help|support|reply|response|guidance)|a *1 (reply|response))( (if|when) you (could|can))?)',
    category: 'closer',
    why: 'Gratitude stated in advance presumes the favour and asks the recipient to act on your feelings, not on a reason of theirs.',
    instead: 'Say what their answer would let you do, concretely, and keep the ask small.',
    structure: 'Your answer would let me ${1:concrete next step}.',
    removal: 'sentence',
  },

  // Office-letter procedure.
  {
    phrase: '((let me know|please advise|please confirm) (how|if|when) (you would like|you want|you wish) to (proceed|move forward|go ahead|get started)|(so that|so) (we|i) (can|may) (proceed|move forward)( further)?|to proceed further|(if|should) you (would like|wish) to discuss (this |it )?(further|in more detail))',
    category: 'closer',
    why: 'A procedural close that presumes a deal in progress; the reader has not agreed to a first step.',
    instead: 'Propose the next step yourself, small and dated, and make a no easy.',
    structure: 'I can ${1:next step} by ${2:date}; shall I?',
    removal: 'sentence',
  },
  {
    phrase: '(please )?do the needful',
    category: 'closer',
    why: 'Office shorthand that asks for action without saying which action, so the recipient cannot tell what you need.',
    instead: 'Say exactly what you would like them to do.',
    structure: 'Could you ${1:the exact action}?',
    removal: 'sentence',
  },
  {
    phrase: 'at your (earliest )?convenience',
    category: 'closer',
    why: 'Formal and faintly urgent at once; the recipient hears a deadline without a reason.',
    instead: 'If there is a real date, state it and why; otherwise drop the phrase.',
    structure: 'by ${1:date}, because ${2:reason}',
  },
  {
    phrase: '(please (find|see|review|check) (attached|enclosed|herewith|(my|our|the) *2 (attached|enclosed|below|herewith))|(details|information|documents|brochure|proposal|deck|pricing|quote|quotation|profile|portfolio|samples) (for|to) your (kind )?(review|perusal|reference|consideration)|for your kind (perusal|consideration|reference|attention|information|review))',
    category: 'closer',
    why: 'Office-letter boilerplate pointing at an attachment; the reader wants to know why to open it.',
    instead: 'Say what the attachment shows and which part is worth their time.',
    structure: ATTACHED,
  },
  {
    phrase: '((please |just )?feel free to (ignore|disregard|delete) (this|my (email|message|note))|(i|we) (remain|am|are|will remain|will be) at your (complete |full )?(disposal|service)|it (would|will) be (an|a|my|our|a great|a real) (honor|honour|privilege|pleasure) to (work|collaborate|partner|serve|assist|be of service)( with you)?|yours in (success|business|sales|growth|partnership|service|prosperity))',
    category: 'closer',
    why: 'A ceremonial last line; it ends on formula instead of a question the reader can answer.',
    instead: 'End with one concrete question or next step, and your name.',
    removal: 'sentence',
  },
  {
    phrase: '(talk|speak|chat) (to you |with you )?soon',
    category: 'closer',
    why: 'A sign-off that promises a conversation the message has not set up.',
    instead: 'End with the concrete next step, such as the question you want answered or the day you will follow up.',
  },
];
