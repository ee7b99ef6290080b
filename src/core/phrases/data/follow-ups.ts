// Empty follow-ups ("just following up", "bumping this", "did you get a chance to look"): they point back at a message the recipient already passed on and give no new reason to answer.
// "Any thoughts on the above?" as a closing question lives in closers.ts.
import type { PhraseEntry } from '../types.js';

const ADD_SOMETHING_NEW = 'Hi ${1:first name}, since I wrote: ${2:new fact, link or result}. ${3:one narrow question}?';
const ONE_LINE_ASK = 'Hi ${1:first name}, in one line: ${2:the ask}. New since then: ${3:update}.';
const SMALLER_ASK = 'Hi ${1:first name}, a smaller ask than before: ${2:narrower question}?';
const LAST_NOTE = 'Last note from me on ${1:topic}: ${2:one useful link or resource}, in case it helps later.';
const ROUTE = 'I am looking for whoever owns ${1:area}, because ${2:reason}. Is that you or ${3:team}?';

// Shared word sets: the earlier message and how senders point back at it.
const EARLIER = '(previous |last |earlier |prior |original |recent )?';
const MSG = '(email~|message~|note~|inmail|dm|voicemail|request|connection request|invitation|invite|proposal|application|offer)';
/** When the earlier message was sent. */
const WHEN = '(last (week|month|monday|tuesday|wednesday|thursday|friday)|the other day|earlier( this week)?|recently|a (few days|week|couple of weeks) ago|yesterday|on (monday|tuesday|wednesday|thursday|friday))';
/** The earlier message, as the sentence points at it. */
const IT = `(this|it|my ${EARLIER}${MSG})`;
/** What the recipient was supposed to do with it. */
const LOOK = '(look|review|read|check|consider|go (over|through)|think|see|take a look|respond|have a look)';
/** How many times the sender tried. */
const TIMES = '(a few|several|a couple of|multiple|many|two|three|numerous) times';

export const followUpPhrases: readonly PhraseEntry[] = [
  // Pointing back at the earlier message instead of bringing anything new.
  {
    phrase: `((i )?(just )?(wanted to |want to |would like to |thought i would )?(follow~ up|circle~ back|check~ in|touch~ base|loop~ back) (on|regarding|about|re|from|after|to) (my ${EARLIER}${MSG}( (from|of|sent) ${WHEN})?|the (below|above)|this thread|my (email|message|note) (below|above))|(regarding|re|about|concerning|further to|following|in reference to|with reference to|with regard to|in regards to|in continuation of|as a follow up to|as per|per) my (previous|last|earlier|prior|below|recent|original) ${MSG}|as (i )?(mentioned|stated|noted|explained|said|wrote) (in|on) my *1 ${MSG}|as (previously|already) (mentioned|stated))`,
    category: 'follow-up',
    why: 'Pointing back at an earlier message gives the recipient nothing new, and "as per my last email" reads as sharp.',
    instead: 'Restate the point in one line and add what is new since you wrote.',
    structure: ONE_LINE_ASK,
  },
  {
    phrase: '((i )?(just )?(wanted to )?(follow~ up|circle~ back|check~ in|touch~ base) (on|regarding|about|re|from|after) (our|the) *2 (conversation|call|chat|discussion|meeting|exchange|talk)|(about|regarding|on|re|following) (what|everything|the points) we (discussed|talked about|spoke about|covered)|(as )?per our *1 (conversation|call|discussion|chat|meeting))',
    category: 'follow-up',
    why: 'Naming the conversation without anything from it asks the recipient to remember it for you, and sequences use the line even when there was none.',
    instead: 'Quote the one thing from the conversation that the follow-up is about, and the next step.',
    structure: 'When we spoke you mentioned ${1:what they said}; ${2:your next step or question}.',
  },
  {
    phrase: `((the|my) (opportunity|role|proposal|deck|offer|idea|details|case study|demo|email|message|note) (i|we) (sent|shared|mentioned|emailed|forwarded) (you |over )?${WHEN}|(i |we )?(sent|dropped|shot|left) you (a|an) *1 (email|message|note|line|voicemail) ${WHEN})`,
    category: 'follow-up',
    why: 'Dating what you sent reminds the recipient they passed on it, and gives them nothing new to weigh.',
    instead: 'Put the key fact of it in this message, so they can answer without digging out the old one.',
    structure: 'In short: ${1:key fact of what you sent}. ${2:one question}?',
  },
  {
    phrase: '(just (follow~ up|check~ in|circle~ back|touch~ base)|(i )?(just )?(wanted|want|thought i would|would like|figured i would) to (follow up|circle back|check in)|check~ back( in)? (on|about|with you)( this)?|(circling|looping) back( (around|here|on this|with you))?|(follow~ up|check~ in|circle~ back|touch~ base) (on|about|regarding|re) (this|that|this one|the (proposal|offer|opportunity|role|idea))|(following up|circling back|checking in|touching base|bumping this) (here|again|once more)|(follow~ up|circle~ back|check~ in) (on|about|re) the (email|message|note|proposal|offer|deck|quote|details) (i|we) (sent|shared|emailed)|(follow~ up|check~ in|circle~ back) to see (if|whether|how)|(follow~ up|check~ in|circle~ back|touch~ base|reach~ out|write~ to you) (again|one more time|once more|one last time)|(send~|forward~|resend~) (this|it) (again|once more)|reaching (back )?out (to you )?again)',
    category: 'follow-up',
    why: 'A follow-up that only announces itself gives the recipient the same message a second time and nothing new to answer.',
    instead: 'Lead with what changed since you wrote: a fact, a result or a narrower question.',
    structure: ADD_SOMETHING_NEW,
  },
  {
    phrase: '((ping~|nudge~|bug~|bother~|pester~|chase~|disturb~) you (once )?again|just (ping~|nudge~|poke~) (you|this)|(it is |hi |hey )?me again|try~ (you|to reach you) (again|one more time)|(hope you do not mind|sorry for|apologies for) (me |my )?(following up|checking in again|circling back|bumping this|the follow up)|(sorry|apologies) to (follow up again|keep following up|(bother|bug|chase|ping|pester) you again|keep (bugging|bothering|pestering|emailing) you)|(sorry|apologies) (for|about) (the |all the |so many |another )?(repeated |multiple )?(follow up~|reminder~|nudge~|emails|messages))',
    category: 'follow-up',
    why: 'A repeat ping, apologised for or not, carries no content, so the recipient has nothing to answer but your persistence.',
    instead: 'Drop the ping and the apology and put the content in the message: one fact, one question.',
    structure: ADD_SOMETHING_NEW,
  },
  {
    phrase: '((any|some) (thoughts|feedback|reactions|takers|luck)( (at all|here|yet|so far))?|(any|an) (update~|news|word|progress|movement)( (yet|so far|at all|on (this|the above|the below|my *1 (email|message|note|request|application))|(on|from) your (end|side)|from you))?)',
    category: 'follow-up',
    why: 'A one-line "any thoughts?" or "any update?" asks the recipient to reopen your pitch and do the work of answering it.',
    instead: 'Ask one concrete question they can answer in a word, with the key fact restated.',
    structure: 'Hi ${1:first name}, the short version: ${2:key point}. ${3:yes-or-no question}?',
  },
  {
    phrase: '((the )?appropriate (person|contact|point of contact)( (for this|to (contact|speak to|talk to|reach out to)))?|(the )?(right|correct|relevant) (person|contact|point of contact|decision maker) (to (speak|talk) (to|with)|to contact|to reach out to|for this)|(should i|(let me know|tell me) (if|whether) i should) (reach out to|speak (to|with)|talk (to|with)|contact) (someone|somebody|anyone) else|is there someone else (i should|who i should|on your team i should) (reach out to|speak (to|with)|talk (to|with)|contact))',
    category: 'follow-up',
    why: 'Asking a stranger to route your pitch shows the message was sent without knowing who owns the topic.',
    instead: 'Name the role you need and why, so they can forward it in one click if it fits.',
    structure: ROUTE,
  },
  {
    phrase: '(if i (do not|did not|have not) hear (back|from you)( (by|before) (then|friday|next week))?|(did|have) i (catch|caught|reach|reached) you at a (bad|busy|wrong) time|(following up|checking in|back) with a (quick|brief|short) update|a (quick|brief|short) update from (my|our) (end|side))',
    category: 'follow-up',
    why: 'Sequence follow-ups are built from these lines, and they give the recipient a deadline or a status, not a reason to answer.',
    instead: 'Put the one new fact or the one narrow question in the message itself.',
    structure: ADD_SOMETHING_NEW,
  },

  // Bumps and reminders: asking for attention without a reason.
  {
    phrase: `((just )?(wanted to |thought i would )?bump~ (this|it|my ${EARLIER}${MSG})( (up|back up|again|in your inbox))?|(to|at|back to) the top of your (inbox|pile|queue)|(float~|nudge~|pop~|bring~|brought|push~|move~) (this|it) (back )?(up|to the top|to your attention)( again)?|resurface~ (this|it)|(revive~|reopen~) this thread|(put~|bring~|get~|keep~) (this|it) (back )?(on|onto) your radar|(resend~|re send~) (this|it|my ${EARLIER}${MSG}))`,
    category: 'follow-up',
    why: 'A bump, however gently worded, brings back the same message with a new date and no new reason.',
    instead: 'Replace the bump with one new fact, or shrink the ask until it takes a minute to answer.',
    structure: SMALLER_ASK,
    removal: 'sentence',
  },
  {
    phrase: '((just )?(a |one )?(gentle|friendly|kind|polite|soft|quick|little|short|final|last) (reminder|nudge|ping|bump|poke)|(a |just a |my |this is a )(quick|friendly|gentle|brief|short|polite|little|final|last) (follow up|followup|check in)( here| on this)?)',
    category: 'follow-up',
    why: 'The recipient never agreed to anything, so a reminder or a nudge implies an obligation they do not have.',
    instead: 'Drop the reminder framing and ask afresh with the one detail that makes answering worthwhile.',
    structure: ADD_SOMETHING_NEW,
  },

  // "Did you see it?": asking the recipient to report on their inbox.
  {
    phrase: `((did|have|had) you (get|got|had|have|find) (a|the|any) (chance|time|moment|minute) to ${LOOK}|(i )?(hope|hoping|wondering|curious|to see|not sure|just checking) (if |whether )?you (had|have had|got|have|found) (a|the|any|some) (chance|moment|minute|time) to|any chance you (have had|had|got|found) (a chance|time|a moment|a minute|some time|a few minutes) to|(were you|have you been|did you manage|have you managed) (able )?to ${LOOK}|(not sure|wondering|checking|curious|check|see) (if|whether) you (saw|have seen|got|received|caught|read|had time to (see|read|look at)) my ${EARLIER}${MSG}|(did|have) you (see|seen|get|receive|received|catch|read) my ${EARLIER}${MSG}|(make|making) sure you (saw|got|received|did not miss|caught) ${IT}|did ${IT} (reach you|land|come through)|(not sure|wondering|checking) (if|whether) ${IT} (reached you|landed|came through|arrived|made it)|in case you (missed|did not see|have not seen|overlooked) ${IT})`,
    category: 'follow-up',
    why: 'Asking whether they saw or had time for your message makes them report on their inbox, which few want to do for a stranger.',
    instead: 'Assume it arrived, and give the one-line version of your ask so they can answer without reopening anything.',
    structure: 'Hi ${1:first name}, in one line: ${2:what you need}. ${3:easy question}?',
  },

  // Excusing the silence on the recipient's behalf.
  {
    phrase: `(in case ${IT} (got|was|has been|may have been|might have been) (buried|lost|missed|overlooked|sent to spam)( in your inbox)?|${IT} (to )?(get|got|gets|getting) (lost|buried) in (your|the) (inbox|shuffle)|my ${EARLIER}${MSG} (probably |may have )?(got|get|was) (buried|lost)|(buried|lost) (under|among) (other|all the|all your) (emails|messages)|${IT} (may have |might have |probably )?(slipped|fell|fallen) (through|between) the cracks|(make|making) sure ${IT} (did not|does not|has not) (slip through the cracks|fall through the cracks|get lost|get buried))`,
    category: 'follow-up',
    why: "It excuses the silence on the recipient's behalf while sending the same content again; they know they chose not to answer.",
    instead: 'Skip the excuse and send a shorter, more specific version of the ask.',
    structure: 'Hi ${1:first name}, shorter version: ${2:ask in one line}.',
  },
  {
    phrase: '((i know|i understand|i realize|i am sure|i imagine|i get that) (that )?(things|inboxes|schedules|calendars|life|work|this time of year|the holidays) (get|gets|can get|are|is|must be|can be|tend to get) *1 (busy|hectic|crazy|brutal|full|swamped|overwhelming|chaotic|packed|nuts|wild)|i know how (busy|hectic|crazy|full|packed|chaotic) (things|inboxes|schedules|calendars|this time of year|life|work) (get|gets|can get|are|is|can be))',
    category: 'follow-up',
    why: 'The understanding tone is a set-up for the same ask again, and the recipient has heard it from every sequence.',
    instead: 'Respect the busy inbox by making this message shorter and more useful than the last.',
    structure: 'Hi ${1:first name}, one line only: ${2:the most useful thing you can offer}.',
    removal: 'sentence',
  },

  // Status requests on an ask the recipient never took on.
  {
    phrase: '(are you still (interested|keen|considering|up for|open to (this|it|a chat|a call|chatting|talking)|thinking about (this|it))|(is this|is that|(if|whether) (this|it) is) still (relevant|of interest|a priority|on your radar|on the table|something you are *1 (interested in|considering|exploring)|worth (exploring|discussing|a (conversation|chat)))|(let me know|keep me posted|keep me updated) (if|when) there (are|is) any (updates|update|news|progress)|i (still )?remain (very |really )?(interested|keen|excited))',
    category: 'follow-up',
    why: 'A status check on an ask the recipient never took on reads as a chase, and restated keenness adds no reason.',
    instead: 'Restate the offer in one line with what changed, such as the date, the scope or a new fact about your fit.',
    structure: 'Hi ${1:first name}, one change since I wrote: ${2:date, scope or new fact}.',
  },

  // Counting the silence: guilt and passive aggression.
  {
    phrase: `((i |we )?((have not|did not|have yet to|still have not|never) (heard|hear) (back|from you|anything back)|(have not|did not|have yet to|still have not|never) (received|gotten|had|seen) (a |any )?(response|reply|answer))|(tried|been trying|attempted) (to reach|reaching|to get hold of|to contact|contacting) you ${TIMES}|(i have |i |we have |we )(reached out|written|emailed( you)?|messaged( you)?|called( you)?|followed up) ${TIMES}|(i have |i |we have )?(sent|written|left) you (a couple of|a few|several|two|three|multiple) (emails|messages|notes|voicemails|follow ups)|(this is )?my (second|third|fourth|2nd|3rd|4th) (attempt|try|follow up|email|message)|(after|despite) (several|multiple|repeated) (attempts|emails|messages|follow ups))`,
    category: 'follow-up',
    why: 'Counting your attempts or their silence puts the recipient in the wrong for not answering an unsolicited note.',
    instead: 'Leave the count out, assume the timing was wrong, and make this attempt the useful one.',
    structure: ADD_SOMETHING_NEW,
  },
  {
    phrase: '((we )?(keep|kept) missing each other|did i lose you|(your|the) (inbox|spam folder|spam filter) (ate|swallowed|has eaten) (my|this|the) (email|message|note)|(usually )?means one of (two|three|a few) things|(just reply with|reply with) which (one )?(it is|applies|is true)|(you are |you might be |you may be )?(interested but )?(swamped|slammed|snowed under) (right now|at the moment|lately)|(rather than|instead of) (keep |keeping )?(pestering|bugging|bothering|chasing|nagging|pinging|emailing) you|(have you been |were you )?abducted by aliens|knock knock|anyone home|(i )?(realized|realised|think) i should have (led|opened|started) with|(reply|respond) (with )?not now|timing is everything|a lot has changed since (we last (spoke|talked|connected)|our last (conversation|chat|call))|(worth )?revisit~ (the|our) (conversation|discussion|chat)|(we|i) have (contacted|emailed|written to|reached out to|messaged) you (before|previously|in the past|already))',
    category: 'follow-up',
    why: 'A scripted sequence gimmick: the reader recognises the step of an automated campaign, not news.',
    instead: 'If there is nothing new to say, stop; if there is, say the new thing in the first line.',
    structure: 'Is ${1:the offer} worth a reply, or should I drop it?',
  },

  // Break-up emails: the last step of every sequence.
  {
    phrase: '((this is|this will be|consider this) (my|the) (last|final) (email|message|note|attempt|follow up|try|outreach|time reaching out)( (on|about) this)?( (i )?promise)?|(last|final) (note|email|message|attempt) from me( on this)?|one (last|final|more) (follow up|try|attempt|ping|nudge|bump|reminder)|close~ (out )?your file|mark~ (you|your file) as (closed|not interested)|(remove~|take~) (you|your name) (off|from) (my|our) (list|sequence)|(close~|wrap~) (the|this) loop( (here|for now|on my end|with you))?|(i will|i am going to|so i will|i will just) (leave you alone|stop (bothering|bugging|pestering) you|get out of your (hair|inbox)|(stop|quit) (reaching out|emailing you|messaging you|following up|writing)|bow out)|(do not|did not) want to (keep )?(clutter~|flood~|fill~ up|spam~) (up )?your inbox|(should|shall|i will|let me) (i )?(reach (back )?out|follow up|circle back|check (back )?in|check back|touch base) (again )?(next (quarter|month|year)|in (a few|a couple of|two|three|six) (weeks|months)|later this (year|quarter))|(should i|do you want me to|would you like me to) (stop|keep) (reaching out|following up|emailing you|writing)|(take|treat) (that|this|your silence|silence|no reply) as a (no|not now)|is (it|this|that) a (no|not now|hard no))',
    category: 'follow-up',
    why: 'The "last email", "close your file" and "should I stop" steps are known pressure tactics that hand the recipient the work of ending your sequence.',
    instead: 'Decide yourself: stop, or send one message that is useful on its own and leave the door open.',
    structure: LAST_NOTE,
  },
  {
    phrase: '((i will |i |so i will )?(assume|take it|guess|am guessing|am assuming|suspect) (that )?(this|it|the timing|now|right now) (is not|is no longer|was not|may not be) (a priority|a fit|the right time|a good time|relevant|right|on your radar)|(maybe|perhaps|it seems|sounds like|looks like) (that )?(now|the timing|this) (is not|may not be) (the right time|a good time|right|a priority)|(the |your )?timing (is|was|may be) (off|not right|wrong)|(i will|so i will) assume (that )?(you|this|it|the timing|your)|(is|was) no longer (a |your )?priority|(assume|guess|sounds like|looks like) (your )?priorities (have )?(changed|shifted)|if (this|it) (is not|is no longer) a priority( (right now|at the moment|for you))?|if (that|this|anything|things|your (situation|priorities|needs|plans|budget)|the timing|priorities) (ever )?(change~|shift~)( (down the road|in the future|later))?|if (it|this|that) (ever )?becomes (a priority|relevant)|if (the timing|now) is not (right|a good time|the right time|ideal)|(when|once|if) the timing is (better|right)|if i (have )?(got|gotten|misread) (that|this|things)( wrong)?)',
    category: 'follow-up',
    why: 'Guessing at their priorities, or leaving a door open "if that changes", is a scripted last nudge to make the recipient correct you.',
    instead: 'Ask whether the problem you solve is on their list at all, in one plain question, or stop writing.',
    structure: 'Is ${1:the problem you solve} something you are working on this ${2:quarter}?',
  },
];
