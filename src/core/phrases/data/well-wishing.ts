// Pleasantries any letter could open or close with ("hope this finds you well", "happy Friday", "congrats on the new role"): kindly meant, but from a stranger they are formulas the recipient reads past.
// Closing wishes ("have a great day", "keep up the great work") live here too, so one entry covers the opening and the closing form.
import type { PhraseEntry } from '../types.js';

/** The states a stock well-wish finds the reader in. */
const STATE =
  '(well|great|good|fine|ok|okay|amazing|wonderful|thriving|safe|healthy|busy|smoothly|happy and healthy|doing well|in good (health|spirits)|in the best of (health|spirits)|in high spirits|safe and (well|healthy|sound)|healthy and (well|safe)|(crushing|killing|rocking) it)';
/** Words a stock wish puts before "day" or "week". */
const ADJECTIVE =
  '(great|good|wonderful|fantastic|productive|nice|lovely|awesome|amazing|excellent|blessed|relaxing|smooth|successful|terrific|brilliant|happy|pleasant|restful|joyful|joyous|merry|peaceful|prosperous|safe|blissful)';
/** The stretch of time a stock wish is about. */
const PERIOD =
  '(day|week|morning|afternoon|evening|weekend|long weekend|month|quarter|year|new year|summer|monday|friday|one|holiday|holidays|holiday season|festive season|christmas|thanksgiving|break|vacation|time off|start to the (week|year)|week ahead|day ahead)';

/** Where the pleasantry stood: the reason for writing, which is what the reader wanted first. */
const THE_REASON = '${1:the reason you are writing to this person}.';
/** A congratulation that names what it congratulates. */
const REAL_NEWS = 'Congratulations on ${1:the specific news}; ${2:what you know or want to ask about it}.';

export const wellWishingPhrases: readonly PhraseEntry[] = [
  // "Hope this finds you well" and "hope you're well".
  {
    phrase: `((i |we )?(do )?(hope~|pray~|trust~) (that )?(this|my|the) *1 (finds|reaches|meets|catches) you (and (your|yours) *2 )?${STATE}|(i |we )?hope~ (that )?(this|my) (message|note|email) (brightens|made|makes) your (day|week))`,
    category: 'well-wishing',
    why: 'The most common first line in cold outreach; in the inbox preview it looks like every newsletter, and the recipient skips it.',
    instead: 'Cut it and put your reason in the first line, so it shows in the preview.',
    structure: THE_REASON,
    removal: 'sentence',
  },
  {
    phrase: `((i |we )?(do )?(hope~|trust~) (that )?(you are|you have been|you all are|you guys are|you are all|you are both|all is|all has been|everything is|things are|things have been|(you and )?(your|the) (family|team|loved ones|kids) (are|is)|everyone (at|on|over at) *3 is) (all )?(doing |keeping |staying |going )?${STATE}( (on your (end|side)|with you|over there|these days|lately|today|as always))?|(i |we )?(do )?hope~ (that )?((your|the) (business|company|practice|shift|team|season|project|projects|startup|launch|work|career|travels|job search|event|work week|new (role|job|position|team))|life|work|business|things) (is|are|has been|have been|was|goes|continues to go) (going |doing |coming along |running )?(well|great|good|smoothly|nicely|strong|thriving|booming|busy|productive|off to a (great|good|strong|smooth) start|treating you (well|kindly|right))|(i |we )?hope~ (that )?you are (settling|settled) (in|into (the|your) new (role|job|team))( well| nicely)?|(please )?stay (safe|healthy|safe and (healthy|well))|(stay|be|remain) blessed|(i |we )?hope~ (that )?(you are|your) (enjoying|surviving|staying warm in|keeping cool in) (the |this )?(sunshine|sun|weather|nice weather|heat|heatwave|cold|snow|rain)|how is the weather (in|over|on|where))`,
    category: 'well-wishing',
    why: 'From a stranger, a wish about their health, family or business is a formula they do not answer, and it pushes your reason further down.',
    instead: 'Start with the real content; if you know their actual news, refer to that instead.',
    structure: THE_REASON,
    removal: 'sentence',
  },

  // The day, the week, the weekend.
  {
    phrase: `(i |we )?(do )?(hope~|trust~) (that )?((you are|you have been|everyone is|you) (having|enjoying|had|have had|enjoyed) (a |an |the |your )?*2 ${PERIOD}( so far)?|(your|the|this) ${PERIOD} (is|has been|was|went|is going|has gone|got|is off|has started) *1 (well|great|good|smoothly|nicely|productive|kind to you|good to you|treating you (well|kindly)|off to a *1 start|to a *1 start)( so far)?|your ${PERIOD} (is not|was not|has not been) (too )?(hectic|busy|crazy|stressful|rough))`,
    category: 'well-wishing',
    why: 'Sequence tools use this line because it fits any send time, which is exactly why the recipient reads it as automated.',
    instead: 'Delete it and let the specific opening line carry the warmth.',
    structure: THE_REASON,
    removal: 'sentence',
  },
  {
    phrase: `(((i am |we are )?(wishing|wish) you (and your (family|team|loved ones) )?|(i |we )?(do )?hope~ (that )?you (have|get|enjoy)|(i )?(hope you )?have|enjoy) (a|an) (very )?${ADJECTIVE} (rest of (the|your) )?${PERIOD}( ahead)?|enjoy (the rest of )?(your|the) ${PERIOD}|(a|an) (very )?${ADJECTIVE} (and (a |an )?${ADJECTIVE} )?(year|new year|week|month|quarter|season|weekend|holiday season) ahead|(a|an) (very )?(prosperous|healthy|successful|joyful|peaceful|bright) (and (a |an )?(happy|prosperous|healthy|successful) )?new year|(all the best|best wishes|every success|good luck) (for|in) the (new year|year ahead|coming year|holidays|holiday season|months ahead)|(all the best|best wishes|good wishes|every success) (for|with) your (continued |future )?(health|future|success|career|next chapter|business|journey)|(a |the |another )?new (year|season) (filled|full) (with|of) *1 (joy|success|happiness|peace|health|prosperity|blessings|opportunities)|here is to (a |an )?(${ADJECTIVE} )?(year|new year|week|quarter|season))`,
    category: 'well-wishing',
    why: 'A wish for a good day, week or year fits every message to anyone, so it adds length without warmth.',
    instead: 'End on your ask, or wish them well with the one thing you know they have coming.',
    structure: '${1:your ask, with a date or a yes-or-no question}?',
    removal: 'sentence',
  },
  {
    phrase: '(((i am |we are )?(wishing|wish) you (continued |much |every |all the |great )?(success|luck)|(wishing|wish) you (all the best|the (very )?best)|(best of luck|all the best|good luck|every success) (in|with) (all )?your (future )?(endeavors|endeavours|ventures))( (in|with) (all )?your (future )?(endeavors|endeavours|career|journey|role|work|projects|business)| (in|with) (your|the) (new|current|next) (role|position|chapter|venture|job)| in (all|everything) (that )?you do| (for|in) the (future|year ahead|coming year))?|(best of luck|good luck|all the best|best wishes) (with|for|in) (the|this|your) (rest of the )?(quarter|year|month|week|q4|quarter end|year end)|sending (you )?(my )?(warm|warmest|good|positive|best|kind) (wishes|vibes|thoughts|regards)|(warm|warmest|best|good|kind|heartfelt) wishes (to|for) you|(wishing|wish) you (good |great |much )?(health|happiness|prosperity|joy|peace)( and (health|happiness|prosperity|joy|peace|success))?|may (this|the|the new|the coming) (year|season|week|month) bring you|((with|and) (my )?(deepest|deep|utmost|highest|profound|greatest|great|much|the (utmost|highest|deepest|greatest))|(my )?(deepest|utmost|highest|profound)) (respect|regard|regards|admiration|gratitude|appreciation)( and (best|warm|warmest|kind|kindest|good|sincere) (wishes|regards))?)',
    category: 'well-wishing',
    why: 'Good luck, best wishes and deep respect from a stranger read as a greeting card or the end of a rejection letter, and fit anyone.',
    instead: 'Wish them luck with the specific thing they are doing, or sign off plainly and end on your ask.',
    structure: 'Good luck with ${1:the specific launch, move or project}.',
    removal: 'sentence',
  },

  // Questions nobody expects answered, and greetings to nobody in particular.
  {
    phrase: '(how are (you|u)|how r u|how do you do|how is it going|how are things|how have you been|how is everything|how is life|how are you holding up|how are you (doing|keeping)|how (is|was) your (day|week|weekend|monday|friday|morning|holiday|holidays|break|vacation|thanksgiving|christmas|summer|time off|quarter)|how is (it|everything|life) (going|treating you))( going| doing| treating you| shaping up)?( (so far|today|these days|lately|on your (end|side)|with you|over there|my friend|dear|sir|madam|this week|recently))?',
    category: 'well-wishing',
    why: 'A question the sender does not wait to hear answered; from a stranger it reads as a script line before the pitch.',
    instead: 'Ask the real question you have, one only this person can answer.',
    structure: 'Quick question about your ${1:work or decision}: ${2:the question}?',
    removal: 'sentence',
  },
  {
    phrase: "(good (morning|afternoon|evening|day) (to you|dear|my friend|friend|and happy (monday|friday|weekend))|a (very )?(good|pleasant|blessed|wonderful|lovely) (morning|day|afternoon|evening) to you|(warm |warmest |best |kind |cordial |hearty |seasons )?greetings (to you )?(from|from all of us at|from the team at)|happy (monday|tuesday|wednesday|thursday|friday|hump day|weekend|new week|holidays|holiday season|new year|thanksgiving|diwali|eid|easter|lunar new year|hanukkah|new month|independence day|women's day|mother's day|father's day|4th of july|labor day|memorial day|pride month|valentine's day|halloween|ramadan)|tgif|merry (christmas|xmas)( and (a )?(happy|prosperous) new year)?|season's greetings|seasons greetings|compliments of the season|eid mubarak|ramadan (kareem|mubarak)|(christmas|holiday|festive|new year|diwali|eid) (wishes|greetings) (to you|from))",
    category: 'well-wishing',
    why: 'A greeting tied to the hour, the weekday or the season is the same in every inbox that day, so it reads as bulk mail.',
    instead: 'Open with their name and the reason you are writing.',
    structure: 'Hi ${1:first name}, ${2:the reason you are writing}.',
    removal: 'sentence',
  },
  {
    phrase: '((as|now that|with) (the|this) (year|quarter|month|week|summer|season|holiday season) (comes|is coming|draws|is drawing|winds|is winding|wraps|is wrapping) (to (a|an) (close|end)|down|up)|as we (approach|near|head into|enter|wrap up|close out|kick off|start|begin|look ahead to) (the )?(end of (the|another) *1 (year|quarter)|new year|holiday season|holidays|festive season|year end|a new year|the year ahead|q4|next year)|(with|now that) (the )?(new year|holidays|holiday season|end of the year|summer) (is )?(just )?(around the corner|approaching|almost here|upon us|here)|as (the|this) (holidays|holiday season|new year|year end) (approach~|draw~ near|near~|arrive~|begin~|is here|are here|are upon us|is upon us)|(at|during) this (joyous|festive|special|wonderful|busy|happy) (time of (the )?year|season)|(i |we )?(wanted to |would like to )?take (a|this) (moment|minute) to (reflect|look back|say thank you|thank you|express (my|our) (gratitude|thanks)|wish you)|(in|during|through) (these|such) (uncertain|challenging|difficult|unprecedented|trying|crazy|strange|tough|turbulent) times|(i |we )?(do )?hope~ (that )?(your|the) (week|month|quarter|year|q4|sprint|season) (is )?(wrapping up|winding down|ending|closing out|shaping up|coming along)( (nicely|well|smoothly|strong))?|(i |we )?(just )?(wanted|want|would like|would love) to (say|send|express|extend|share) (a |our |my )?(big |heartfelt |sincere |special |warm )?(thank you|thanks|gratitude|appreciation)( (to you|for (being|all|everything|your (continued )?(support|business|partnership|trust|loyalty))))?|(thank you|thanks|we are grateful|i am grateful) (so much |again )?for (your )?(continued |ongoing |loyal )?(support|business|partnership|trust|loyalty|patronage)( (this|over the past|throughout the) (year|season|months))?|(thank you|thanks) for being (a|an|such a|part of (our|the|this)) *1 (client|customer|partner|member|supporter|community|journey|family))',
    category: 'well-wishing',
    why: 'Calendar framing and thanks with nothing named in them open every seasonal campaign, so they mark the note as one.',
    instead: 'Say what the season changes for them, or thank them for one specific thing they did.',
    structure: 'Thanks for ${1:the specific thing they did} in ${2:when}.',
    removal: 'sentence',
  },

  // Cheers and congratulations.
  {
    phrase: '((hats off|my hat is off|big respect|much respect|more power) to (you|your (hard work|team|efforts|hustle))|more power to you|keep (shining|rocking|inspiring|crushing it|killing it|hustling|being awesome|being amazing|inspiring (us|others)|soaring|thriving|winning)|keep (up the|doing the|doing) (great|good|amazing|awesome|excellent|fantastic|wonderful|brilliant|incredible|important) (work|job|things)|you (inspire|motivate) (me|us) (every day|daily|always|so much))',
    category: 'well-wishing',
    why: 'A cheer like "keep shining" or "keep up the great work" fits every person, so in a message it reads as a reflex.',
    instead: 'Say what they did that you are cheering, in one concrete clause, or leave the cheer out.',
    structure: 'Congratulations on ${1:the specific thing they did}.',
    removal: 'sentence',
  },
  {
    phrase: '((congrats|congratulations|congratz|kudos) (again )?(to you )?on ((the|your) *1 (new (role|position|job|gig|title|chapter|venture|adventure|opportunity)|move|career move|transition|appointment|promotion|growth|momentum|success|successes|milestone|milestones|achievements|funding|raise|funding round|expansion|progress|wins)|all (the|your) *1 (success|successes|achievements|growth)|joining|starting at|starting your new (role|job|position)|landing (the|your|a) (new )?(role|job|position))|(congrats|congratulations|kudos|cheers|happy) (on |to )?(your |the |hitting |reaching |celebrating )?*1 (years|year) (at|with|in|of|as|anniversary)|(happy( belated)?|congrats on (your|the)|congratulations on (your|the)) (work |job )?anniversary|happy (belated )?birthday|(wishing you|wish you) a (very )?(happy|wonderful|great|fantastic|blessed) birthday)',
    category: 'well-wishing',
    why: 'Congratulations on a new role, an anniversary or "growth" are LinkedIn one-tap prompts and trigger templates, so they read as automatic.',
    instead: 'Name the news itself and add one sentence about it: the team, the problem or the number.',
    structure: REAL_NEWS,
  },
];
