// Bare requests to connect ("I'd like to connect"): harmless after a real reason, but a note made only of them is as empty as the default.
import type { PhraseEntry } from '../types.js';

export const bareConnectPhrases: readonly PhraseEntry[] = [
  // Wanting to connect, said plainly.
  {
    phrase: '(i )?(would |really |just )?like to connect( with you)?( here| on linkedin| on here)?',
    category: 'bare-connect',
    why: 'On its own it repeats what the Connect button already says, so the recipient has nothing to decide on.',
    instead: 'Add the reason before it: how you know them or which piece of their work brought you here.',
    structure: 'Hi ${1:first name}, ${2:how you know them}. ${3:what you want to talk about or learn}.',
  },
  {
    phrase: '(i )?(would |really |would really |just )?love to (connect|be connected|get connected|stay connected|link up)( with you)?( here| on linkedin| on here)?',
    category: 'bare-connect',
    why: 'Enthusiasm without a reason reads the same from every sender, so the recipient still cannot tell why you chose them.',
    instead: 'Replace the enthusiasm with its cause: the talk, post or project that made you want to write.',
    structure: 'Hi ${1:first name}, your ${2:talk, post or project} on ${3:topic} ${4:what it changed for you}.',
  },
  {
    phrase: '(i )?(want|wanted|wish|wished) to connect with you( here| on linkedin)?',
    category: 'bare-connect',
    why: 'It states the obvious; every request says this, and the recipient is looking for the reason.',
    instead: 'Start with the reason and let the request speak for itself.',
    structure: 'Hi ${1:first name}, ${2:the reason you are writing}. ${3:who you are}.',
  },
  {
    phrase: '(reaching out|writing) to connect( with you)?',
    category: 'bare-connect',
    why: 'It announces the purpose of a connection request, which the recipient already knows, and stops before the reason.',
    instead: 'Say what prompted you to write to this person now, then let the request follow.',
    structure: 'Hi ${1:first name}, ${2:what prompted you to write now}. ${3:who you are}.',
  },
  {
    phrase: '(i )?(thought|figured|felt) (it would be (great|good|nice|worthwhile|useful|valuable|helpful|a good idea) to|it might be (good|nice|useful|worthwhile) to|(i|we) (would|should|could|might) (reach out and )?) connect( with you)?( here| on linkedin)?',
    category: 'bare-connect',
    why: 'It reports a thought without the reason behind it, so the recipient is left guessing what made you think so.',
    instead: 'Write the reason you had: the overlap, the shared person or the piece of their work you noticed.',
    structure: 'Hi ${1:first name}, ${2:the overlap or shared person}. ${3:what you would like to exchange}.',
  },
  {
    phrase: '(i am )?(sending|send|sent|have sent) you (a |an |this |my )?(connection request|connection invitation|(invitation|invite|request) to connect|linkedin invitation|linkedin invite)',
    category: 'bare-connect',
    why: 'The recipient can see the request; describing it spends the note on mechanics instead of on who you are.',
    instead: 'Use the note for the one fact that makes the request make sense: how you know them or why now.',
    structure: 'Hi ${1:first name}, ${2:how you know them or why now}. ${3:who you are}.',
  },
  {
    phrase: 'invite you to connect( with me)?',
    category: 'bare-connect',
    why: 'An invitation that describes itself gives the recipient no more to go on than the button did.',
    instead: 'Replace it with the context you share and one concrete reason to stay in contact.',
    structure: 'Hi ${1:first name}, ${2:shared context}. ${3:concrete reason to stay in contact}.',
  },

  // "It would be great to connect" and kin.
  {
    phrase: '(it )?would be (great|wonderful|awesome|amazing|lovely|fantastic|cool) (to connect|to be connected|if we could connect|if we connected)( with you)?',
    category: 'bare-connect',
    why: 'It leaves the recipient to work out what would be great about it.',
    instead: 'Say what would be great: a question you want to ask, a project you both touch, an event you will both attend.',
    structure: 'Hi ${1:first name}, ${2:shared project, question or event}. ${3:who you are}.',
  },
  {
    phrase: '(it )?would be (nice|good|helpful|useful|valuable) (to connect|to be connected|if we could connect|if we connected)( with you)?',
    category: 'bare-connect',
    why: 'Polite but empty: the recipient sees a request with no sender context and no purpose.',
    instead: 'Name the context you share and one concrete reason to stay in contact.',
    structure: 'Hi ${1:first name}, ${2:shared context}. ${3:concrete reason to stay in contact}.',
  },
  {
    phrase: '(it )?would be (a|an) (great |real |huge )?(honor|honour|pleasure|privilege) to (connect|be connected|add you as a connection|have you in my network)( with you)?',
    category: 'bare-connect',
    why: 'Ceremony in place of a reason: an honour from a stranger reads as flattery copied into every request.',
    instead: 'Replace the compliment with the specific work of theirs that made you write, and what you took from it.',
    structure: 'Hi ${1:first name}, your ${2:specific work} ${3:what you took from it}. ${4:who you are}.',
  },
  {
    phrase: '(i would be |i am |i am very |so |it is |it would be |would be |always |i am always |really |very )?(happy|glad|delighted|pleased|thrilled|excited|honored|honoured|nice|lovely|wonderful|a pleasure|keen|eager|stoked) to (connect|be connected|get connected)( with you)?( here| on linkedin| on here)?',
    category: 'bare-connect',
    why: 'As a whole note or a whole reply it carries no information, so the recipient has nothing to answer.',
    instead: 'After an accepted request, thank them and add one specific question or offer.',
    structure: 'Thanks for accepting, ${1:first name}. ${2:one specific question or offer}.',
  },

  // Hoping and looking forward.
  {
    phrase: '(i )?(am )?(looking forward|look forward|looking fwd) to (connecting|being connected|getting connected|staying connected)( with you)?( here)?',
    category: 'bare-connect',
    why: 'It anticipates a connection the note has not given the recipient any reason to make.',
    instead: 'End with what you would like to talk about once connected instead.',
    structure: '${1:what you would like to ask or share once connected}.',
  },
  {
    phrase: '(i )?(am )?(hope|hoping) (that )?we (can|could|will|get to) connect( here)?',
    category: 'bare-connect',
    why: 'Hoping is not a reason; alone, the line leaves the recipient guessing who you are.',
    instead: 'Say who you are and the one link between you before any request.',
    structure: 'Hi ${1:first name}, I am ${2:who you are}; ${3:the link between you}.',
  },
  {
    phrase: '(i )?(am )?(hope|hoping) to (connect|get connected|be connected)( with you)?( here)?',
    category: 'bare-connect',
    why: 'It tells the recipient what you hope for but not why they should hope for it too.',
    instead: 'Give them something to gain: what you could share, or the question only they can answer.',
    structure: 'Hi ${1:first name}, ${2:what you could share or ask}. ${3:who you are}.',
  },

  {
    phrase: '((i |we )?(would |really |still )?(love|like|want|wanted|wish|hope|hoping|am hoping|would be great|would be nice) to (reconnect|re connect|get reconnected|connect again)( with you)?( here| on linkedin| after all this time| after all these years)?|let us (reconnect|re connect|connect again))',
    category: 'bare-connect',
    why: 'Wanting to reconnect, with nothing about what you shared or what has changed, leaves the recipient to place you and guess why.',
    instead: 'Name where you knew each other from and the news or question that made you write now.',
    structure: 'We ${1:where you knew each other from}; ${2:the news or question that made you write now}.',
  },
  {
    phrase: '((i )?(humbly |kindly |respectfully )?(request|requesting) you (to |kindly to )?(accept|connect|add me|consider)|(please |kindly |pls )?accept (my|this|the) connection( request)?|(i )?(want|would like|would love|wish) to be (your|a) (connection|contact|linkedin connection|friend|linkedin friend)( on linkedin| here)?)',
    category: 'bare-connect',
    why: 'A formal plea to be accepted gives the recipient a request and no reason, and it reads as sent to many.',
    instead: 'Say in one line who you are and in one line why this person, then let the request ask.',
    structure: 'Hi ${1:first name}, I am ${2:who you are}. ${3:why this person in particular}.',
  },

  // Asking whether they will connect.
  {
    phrase: '((can|could|shall|may|should) we|wondering if we (could|can|might)) (be |get |stay )?(connect|connected)( here| on linkedin)?',
    category: 'bare-connect',
    why: 'A bare question the recipient can only answer by clicking, with nothing to weigh.',
    instead: 'Give them something to weigh: where you met, who introduced you, or what you are working on that touches their work.',
    structure: 'Hi ${1:first name}, ${2:where you met or who introduced you}. ${3:what you are working on}.',
  },
  {
    phrase: '((would|will|do) you (like|care|want)|care) to connect( with me)?',
    category: 'bare-connect',
    why: 'The request itself already asks this, so the question spends characters without adding a reason.',
    instead: 'Spend those characters on why the connection helps them, not only you.',
    structure: 'Hi ${1:first name}, ${2:what you noticed}. ${3:how the connection could help them}.',
  },
  {
    phrase: '((would you be|are you|if you are) )?open to (connecting|connect|being connected)( with me)?( here)?',
    category: 'bare-connect',
    why: 'A softer form of the bare ask; the recipient still cannot tell who you are or why now.',
    instead: 'Replace it with one line of context and one line about what prompted you to write today.',
    structure: 'Hi ${1:first name}, ${2:context}. ${3:what prompted you to write now}.',
  },
  {
    phrase: '(would you mind|do you mind|mind) (connecting|if we connect|if we connected|if i connect with you)',
    category: 'bare-connect',
    why: 'Asking whether they mind puts the work of finding a reason on the recipient.',
    instead: 'Offer the reason yourself in one line, so accepting takes no thought.',
    structure: 'Hi ${1:first name}, ${2:the reason you are asking}.',
  },
  {
    phrase: '(may|can|could) i (connect with you|add you to my network|add you as a connection)',
    category: 'bare-connect',
    why: 'Asking permission in the request that already asks permission adds a step and no reason.',
    instead: 'Skip the permission and write the one line that tells them who you are and why them.',
    structure: 'Hi ${1:first name}, I am ${2:who you are}. ${3:why this person in particular}.',
  },

  // Let's connect.
  {
    phrase: 'let us connect( here| on linkedin| on here| and stay in touch| and keep in touch| sometime)?',
    category: 'bare-connect',
    why: 'Two words that fit any person on LinkedIn, so on their own they tell this person nothing.',
    instead: 'Put one specific sentence in front of it about why this person, not anyone else in their role.',
    structure: 'Hi ${1:first name}, ${2:why this person}. ${3:who you are in a few words}.',
  },
  {
    phrase: '(let us (link up|link|hook up|get linked|link in)|(invite you to|happy to|glad to|would like to|would love to|please) link in( with (you|me))?)',
    category: 'bare-connect',
    why: 'Casual and content-free: the recipient cannot tell whether you are a peer, a recruiter or a seller.',
    instead: 'Say which of those you are and what you want to talk about.',
    structure: 'Hi ${1:first name}, I am ${2:your role}; ${3:what you want to talk about}.',
  },
  {
    phrase: 'let us (stay|keep|get|be) connected',
    category: 'bare-connect',
    why: 'There is nothing to stay connected to yet, so the line presumes a relationship the note has not made.',
    instead: 'After a meeting, name the meeting and the thread you want to pick up.',
    structure: 'Good to meet you at ${1:event}, ${2:first name}. ${3:thread to pick up}.',
  },
  {
    phrase: '(let us|(i )?would (like|love) to) network( with you)?',
    category: 'bare-connect',
    why: 'Networking for its own sake is exactly what a selective recipient declines.',
    instead: 'Offer a concrete topic or favour you could exchange.',
    structure: 'Hi ${1:first name}, ${2:concrete topic or favour you could exchange}.',
  },

  // Asking to be accepted or added.
  {
    phrase: '(please |kindly )?accept my (invitation|invite)( to connect)?( on linkedin)?',
    category: 'bare-connect',
    why: 'Pleading to be accepted signals that the note has no other argument.',
    instead: 'Make the argument instead: who you are and why this person in particular.',
    structure: 'Hi ${1:first name}, I am ${2:who you are}. ${3:why this person in particular}.',
  },
  {
    phrase: '(please |kindly )?accept my (connection )?request',
    category: 'bare-connect',
    why: 'It asks for the click without earning it, and the recipient reads it as a form letter.',
    instead: 'Say what you have in common or what you admired in their work, concretely.',
    structure: 'Hi ${1:first name}, ${2:what you have in common or admired}. ${3:who you are}.',
  },
  {
    phrase: '((add|accept) me (please|pls|plz)|accept (please|pls|plz))',
    category: 'bare-connect',
    why: 'A one-line plea to be added gives the recipient no name to place and no reason to click.',
    instead: 'Write one line on who you are and one on why this person, then let the request ask.',
    structure: 'Hi ${1:first name}, I am ${2:who you are}. ${3:why this person in particular}.',
  },
  {
    phrase: '((i )?hope you (will |would |can )?accept( (my|this) (connection request|request|invitation|invite))?|(looking forward to|awaiting|hoping for) your (kind )?(acceptance|approval)|(thanks|thank you) (in advance )?for accepting( my (connection )?(request|invitation|invite))?( in advance)?)',
    category: 'bare-connect',
    why: 'The hope is obvious from the request itself; the recipient needed a reason, not a wish.',
    instead: 'Replace the wish with the reason: how you found them and what you share.',
    structure: 'Hi ${1:first name}, I found you through ${2:source}; ${3:what you share}.',
  },
  {
    phrase: '(kindly|please) consider my (connection )?(request|invitation)',
    category: 'bare-connect',
    why: 'A formal plea with nothing to consider: the recipient has only your name and the button.',
    instead: 'Give them something to consider: one line on who you are and one on why them.',
    structure: 'Hi ${1:first name}, I am ${2:who you are}. ${3:why them}.',
  },
  {
    phrase: '(please |pls |plz |kindly |do )?(add|accept) me (to|in|into|on) (your|ur|yr) (professional |linkedin )?(network|connections|contacts|circle)',
    category: 'bare-connect',
    why: 'It asks the recipient to do you a favour before telling them who you are.',
    instead: 'Lead with who you are and what you share, then let the request follow.',
    structure: 'Hi ${1:first name}, I am ${2:who you are}; we share ${3:common ground}.',
  },
  {
    phrase: '((please|pls|plz|kindly|feel free to|do) connect with me( here| on linkedin)?|(please|pls|plz|kindly) (connect|accept)( here| on linkedin)?( so)?)',
    category: 'bare-connect',
    why: 'A polite command with no reason attached gives the recipient nothing to say yes to.',
    instead: 'Replace the command with the reason you are asking.',
    structure: 'Hi ${1:first name}, ${2:the reason you are asking}.',
  },

  // Joining or adding to a network.
  {
    phrase: '(i )?(would )?(like|love) to (add|include|welcome) you (to|in|into) my (network|connections|contacts|circle)',
    category: 'bare-connect',
    why: 'Being "added" to a stranger\'s network is no reason to accept, and the recipient reads the line as a form.',
    instead: 'Tell them what they would get from the connection, or what you hope to learn from them.',
    structure: 'Hi ${1:first name}, ${2:what you saw of theirs}. ${3:what you can offer or hope to learn}.',
  },
  {
    phrase: '(i )?would love to add you as a (connection|contact)',
    category: 'bare-connect',
    why: 'It describes the mechanics of LinkedIn rather than any reason to connect.',
    instead: 'Describe the relationship instead: former colleague, fellow speaker, reader of their newsletter.',
    structure: 'Hi ${1:first name}, ${2:former colleague, fellow speaker or reader}; ${3:detail}.',
  },
  {
    phrase: '(i )?(would )?(like|love) to (join|be added to|be in) your (professional |linkedin )?(network|connections)',
    category: 'bare-connect',
    why: "Asking to join someone's network says what you want from them but nothing about who you are.",
    instead: 'Introduce yourself in a few words and name the shared ground: same field, same event, same person.',
    structure: 'Hi ${1:first name}, I am ${2:who you are}; we share ${3:common ground}. ${4:why connect}.',
  },
  {
    phrase: '(be|become|being|becoming) (a )?part of (your|my) (professional )?(linkedin )?network',
    category: 'bare-connect',
    why: "Wanting to be part of someone's network is about your list, not about them.",
    instead: 'Say what drew you to them specifically.',
    structure: 'Hi ${1:first name}, ${2:what drew you to them}. ${3:who you are}.',
  },
  {
    phrase: 'have you (in|as part of|as a part of) my (professional )?network',
    category: 'bare-connect',
    why: 'It treats the recipient as an addition to a collection, which is no reason for them to agree.',
    instead: 'Say what you would do with the connection: a question, an introduction, an exchange.',
    structure: 'Hi ${1:first name}, ${2:the question, introduction or exchange you have in mind}.',
  },
  {
    phrase: 'connect~ with you (here|on linkedin|on this platform|on here)',
    category: 'bare-connect',
    why: 'Pointing at the platform adds words but no reason; the recipient knows where they are.',
    instead: 'Replace the location with the reason: what you saw of theirs and what you want to talk about.',
    structure: 'Hi ${1:first name}, ${2:what you saw of theirs}. ${3:what you want to talk about}.',
  },
];
