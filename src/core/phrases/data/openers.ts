// Stock first lines ("I came across your profile", "I'm reaching out because"): they spend the few seconds a recipient gives a note on words any sender could write.
import type { PhraseEntry } from '../types.js';

/** The usual replacement: open with the thing of theirs you actually read or saw. */
const THEIR_WORK = 'Your ${1:post, talk or project} on ${2:topic} stayed with me: ${3:the specific point}.';
/** For lines that only announce the message: the reason itself. */
const THE_REASON = '${1:the reason you are writing to this person}.';

/** Their profile, as a cold note names it. */
const PROFILE = '((linkedin |github )?(profile|page)|linkedin|github)';
/** The sender reporting what they saw. */
const SEE = '(i )?(noticed|notice|saw|see|seen|can see|read)';
/** Where a claimed meeting took place. */
const EVENT = '(event|conference|meetup|networking event|webinar|trade show|summit|expo|session|workshop|fair)';
/** Where a platform shows a profile to a stranger. */
const SUGGESTED = '(feed|suggestions|recommendations|search|search results|timeline|suggested connections|connection suggestions|people you may know)';

export const openerPhrases: readonly PhraseEntry[] = [
  // How you found them: true of every request, so it tells the recipient nothing.
  {
    phrase: `((i )?(have )?(just |recently )?((came|come|ran|run) (across|upon)|stumble~ (across|upon|on|onto)|happen~ to (see|find|come across|stumble upon)|found|find|saw|seen|noticed|spotted|landed on|viewed|visited|checked out|looked (at|through)|read through|reviewed|(had|took) a *1 (look|glance) at|glanced (at|over)|went through|browsed( through)?|scrolled through|((was|have been) )?(going|looking|scrolling|browsing) (through|over|at)) your ${PROFILE}( (here|on (linkedin|github)|online|earlier|today|recently))?|(found|came across|saw|discovered|stumbled upon) (you|your name|your profile) (on|through|via|in|while (browsing|searching)) (linkedin|a *2 search|google|online|a directory|a list|my ${SUGGESTED})|(i was |while |as i was )?(just )?(browsing|scrolling|searching|poking around) (through |on )?(linkedin|the web|online|profiles|my (linkedin )?feed|my (network|connections))|(i )?came to know (about )?(you|your (profile|company|work|business))( (through|via|on) linkedin)?)`,
    category: 'opener',
    why: 'Every sender has seen or browsed the profile, so saying so tells the recipient nothing about why you picked them.',
    instead: 'Say what you found and where: the post, talk, repo or project, and the one detail that made you write.',
    structure: THEIR_WORK,
  },
  {
    phrase: `(your (profile|company|business|website|page|post|posts) ((popped|came|showed|kept popping|kept coming) up|appeared (in|on) my ${SUGGESTED})|you (popped|came|showed|appeared|kept popping|kept coming) (up )?(in|on) my ${SUGGESTED}|(in |on |through |via |from )?(my )?people you may know|(linkedin|the algorithm) (keeps |kept )?(suggest~|recommend~|show~) (me )?(you|your profile)( to me| as a (connection|contact))?|(linkedin|the algorithm) (suggest~|recommend~|think~|thought|says|seems to think) (that )?(we|i) (should |might |may )?(connect|know each other|be connected)|you (were|have been) (suggested|recommended) (to me|as a (connection|contact))|your (profile|resume|cv) (came|landed) (across|on) my desk)`,
    category: 'opener',
    why: 'A platform suggestion is a reason LinkedIn had, not one you have, and the recipient reads the note as sent to the whole list.',
    instead: 'Give the reason you stopped on their profile: the concrete thing of theirs you looked at.',
    structure: 'I stopped on your profile because ${1:specific reason}.',
  },
  {
    phrase: '((i )?(have )?((came|come|ran|run) (across|upon)|stumble~ (across|upon|on|onto)|found|find) your (website|site|web site|company|business|firm|agency|brand|store|shop|company page|podcast|youtube channel|channel|newsletter|blog|practice|clinic|restaurant|listing|profile online)|(i )?(was |have been )?(checking|checking out|looking at|browsing|going through|visiting|reviewing|analyzing|analysing|auditing) your (website|site|web site|online presence))',
    category: 'opener',
    why: 'Lead lists and website spam start by finding a company online, so the recipient hears a scraper, not a person.',
    instead: 'Name the page, product or change you saw and why it made you write now.',
    structure: 'Your ${1:page, product or change} ${2:what you noticed} made me write now.',
  },
  {
    phrase: '((found|came across|obtained) your (email|email address|contact|contact details|contact information|contact info|details|number) (on|from|through|via|in|while)|(saw|found|came across) your name (on|in) (a|the|our) (list|database|directory)|(a |one of my )?(friend|colleague|contact|mutual (friend|connection)|former colleague|connection|someone) (of mine |in my network )?(suggested|recommended|mentioned|told me) (that )?(i )?(should )?(reach out|contact you|get in touch|connect with you|speak (to|with) you)|(got|received|was given) your (contact details|details|number|email|name|resume|cv|profile) (from|through) (a|one of my|a former) (friend|colleague|contact|mutual (friend|connection)|connection))',
    category: 'opener',
    why: 'Saying how you got their details, from a list or an unnamed colleague, reminds the recipient they are on a list.',
    instead: 'Name the person who sent you and what they said, or skip how you got the address and give your reason.',
    structure: '${1:name} suggested I write; ${2:what they said about you}.',
  },

  // What the headline says: the recipient wrote it and knows it.
  {
    phrase: `((according to|based on|judging (by|from)|given) your ((linkedin )?profile|linkedin|resume|cv)|${SEE} (from|on|in) your ((linkedin )?profile|linkedin|resume|cv)( that)?|your ((linkedin )?profile|resume|cv) (suggests|indicates|shows|says|mentions)( that)?|${SEE} (that )?(you (have|bring) (extensive|a lot of|significant|strong|solid|deep|years of|a wealth of|a (strong|solid|deep)|an extensive) *2 (experience|background|expertise|knowledge) (in|with|as)|you (currently |recently |just )?((work|are working) (at|for|in|as)|(recruit|hire|are recruiting|are hiring) for|joined|started at|moved to|(started|landed|accepted|took on) (a|your|the) new (role|position|job|chapter))|you are (currently )?(a|an|the) *3 at|you are (also |both |too )?(in|working in|active in|involved in|operating in) the *3 (space|industry|sector|field|world))|(in |after |while |upon )?(reviewing|reading|going through|looking (at|through|over)|reviewed|looked at) your *1 (career|background|experience|credentials|resume|cv|work history|track record|accomplishments)|(i )?(have )?(recently |just )?(noticed|spotted) that|(i )?(just )?(saw|see|read|learned) that (your (company|team|business|firm|organization|agency|brand|startup|website)|you (are|have|recently|just|were)|there (is|are)))`,
    category: 'opener',
    why: 'Reading their headline, employer or experience back to them shows only that you looked at the profile, which any sender does in seconds.',
    instead: 'Point to one thing they did there, such as a launch, a talk or a result, and why it matters to you.',
    structure: 'Your ${1:project, launch or talk} ${2:why it matters to you}.',
  },
  {
    phrase: `(${SEE} (that )?(you are|your) (also )?(based|located|living|working) (in|out of|near)|${SEE} (that )?you are (also )?in (the same (city|area|region) as me|my (city|area|region))|(in|from|across|around|near) the greater *3 area)`,
    category: 'opener',
    why: 'Location is a filter in a search tool, and the recipient knows a bot template fills it in.',
    instead: 'Only mention the city when it matters, such as a meetup you both attend or a visit you are planning.',
    structure: 'I will be in ${1:city} for ${2:event or reason}; ${3:your ask}.',
  },
  {
    phrase: '((i )?(was |have been |am )?(researching|looking into|reading (about|up on)|doing (some )?research on) (your (company|business|organization|team|firm|brand)|the (industry|space|market|sector)|companies (in|like)|(leaders|people|professionals|experts|founders) in)|(as per|based on|from|according to) (my|our) *1 (research|analysis)( (on|of|into|about))?|reaching out to *1 (professionals|leaders|people|founders|experts|executives|decision makers) (like (you|yourself)|in (your|the) *1 (field|industry|space|sector)))',
    category: 'opener',
    why: 'Claimed research with no finding, or a segment of "leaders in the space", tells the recipient they came from a prospecting list.',
    instead: 'State the finding itself: the number, the change or the page that made you write to this one person.',
    structure: 'I saw that ${1:specific finding}, which ${2:why it matters to them}.',
  },
  {
    phrase: '((your (profile|company|work|name|business|website)|you) (came|was brought|were brought) to my attention|(saw|noticed) your name (mentioned )?(in|on) (a|the) (group|discussion|thread|post|comments|forum)|your name (keeps|kept) (coming|popping) up|your name (came|has come|comes|popped) up ((in|during) (my|our) (research|search)|as|several times|a few times|more than once|repeatedly|a lot)|(came|ran|stumbled) (across|upon) your name (while|when) (i was )?(searching|browsing|looking|scrolling|researching|doing *2 research))',
    category: 'opener',
    why: 'A name that "came up" or "came to my attention" without saying where or from whom sounds invented.',
    instead: 'Say who mentioned them, or in which conversation, and what was said.',
    structure: '${1:who} mentioned your name when ${2:the conversation}.',
  },
  {
    phrase: '(i )?(have )?(recently |just )?(came across|come across|saw|read|stumbled (upon|across|on)|noticed|enjoyed|loved|liked|found) your *2 (post|posts|article|articles|comment|update|thoughts|insights|video|piece|newsletter|content) (on|about|regarding|around) (leadership|innovation|growth|ai|marketing|sales|hiring|culture|remote work|productivity|entrepreneurship|success|mindset|customer experience|sustainability|mental health|personal branding|networking|strategy|technology|tech|teamwork|diversity|wellbeing|data|talent|the (industry|market)|your industry|the future of (work|ai|marketing|sales|hiring|leadership|business|tech)|(trends|innovation|change) in (the|your) (industry|space|field|market))',
    category: 'opener',
    why: 'A post on a topic as broad as "leadership" or "AI" is the slot AI-written notes fill from a feed, so the recipient cannot tell you read it.',
    instead: 'Quote or paraphrase the one point of the post you are answering, and what you think of it.',
    structure: 'Your point that ${1:the specific point} ${2:your agreement, doubt or example}.',
  },
  {
    phrase: '((i )?(noticed|saw|see) (that )?you (recently )?((viewed|visited|checked out|looked at|stopped by) my (linkedin )?profile|(liked|commented on|reacted to|engaged with|shared|follow|followed|subscribed to) (my|our|a|one of my|one of our) (recent )?(post|posts|article|content|page|newsletter))|what (caught|grabbed|drew|got|piqued|attracted) your (attention|eye|interest)|what (brought|led) you to my (profile|page)|what made you (check out|look at|visit|view) my (profile|page))',
    category: 'opener',
    why: 'Messaging everyone who viewed a profile or liked a post is a sales-tool trigger, and the recipient recognises the sequence.',
    instead: 'Write only when you have your own reason, and lead with it instead of their click.',
    structure: THE_REASON,
  },

  // Announcing the message instead of starting it.
  {
    phrase: '((i |we )?((wanted|want|decided|would like|would love) to|thought i would|thought i should|figured i would) *1 (reach out|get in touch|contact you|message you)( to you)?( (today|directly|personally))?|(thought|figured) (it was|it would be) (worth|a good idea) (to )?(reaching out|reach out|getting in touch|a shot)|(so )?it (only |just )?(made|makes|seemed|felt) (only )?(perfect |total )?(sense|natural|right) (to|for me to) (reach out|connect|get in touch|say hi)|(could not|can not) resist (reaching out|connecting)|(i )?(just )?(had|needed|felt the need) to (reach out|get in touch|message you|say hi)|(i am|i was|i have been) (reaching out|contacting you|getting in touch|messaging you)( to you)?( today)?( (because|since|regarding|about|on behalf of))?|reaching out (to you )?(today )?(because|since|regarding|on behalf of|to (see if|ask|introduce|share|explore|offer|find out))|(i am writing|writing|i write) (to you |you |this (email|message|note) )?(today )?(because|regarding|in regards to|with regard to|concerning|on behalf of|in the hope of|in hopes of|to (inquire|enquire|introduce|offer|propose|inform you|ask|see if|find out|express))|(i am )?writing (to )?you( today)?|(the )?(main )?(reason|purpose) (for|of|behind) (my|this) (message|email|note|outreach|request|invitation)( is)?|the reason (why )?(i am |i )?(writing|reaching out|reached out|wrote|contacting you|messaging you|connecting)( to you)?( today)?( is)?|(i )?(have )?(been )?(meaning|wanting) to (reach out|connect|get in touch|write to you)( for (a while|some time|ages))?|(i )?just (wanted to )?say (hi|hello)|(dropping|popping|stopping) (by|in) to say (hi|hello)|((i )?(wanted|want) to|(i )?thought i would|(i )?figured i would|let me) (drop|shoot|send) (you )?a *1 (line|note|message|email)|(i am )?(dropping|shooting|sending) you a *1 (line|note)|(a |this is a )?(quick|short|brief) (note|line|message|hello) to (say (hi|hello)|introduce myself|reach out|let you know)|(i )?thought i would say (hi|hello)|(saying|a quick) (hi|hello) from)',
    category: 'opener',
    why: 'It announces that a message is coming, which the recipient can already see, and delays the reason.',
    instead: 'Delete it and start with the reason you would have given after "because".',
    structure: THE_REASON,
  },
  {
    phrase: '(((please )?(allow|permit) me to |let me |i would like to |i wanted to |i thought i would )?(briefly |quickly |formally )?introduce myself|(a |here is a |here is my )?(quick|brief|short) (intro|introduction|background) (about|of|on) (me|myself|us|my company|our company)|a (little|bit) (more )?about (me|myself|my background)|let me tell you (a little |a bit )?about (me|myself|my company|our company)|my name is)',
    category: 'opener',
    why: 'Announcing who you are, before any word about them, delays the point and shows whose interests the message serves.',
    instead: 'Introduce yourself in one clause, with only the part that matters to this recipient.',
    structure: "I'm ${1:your role} at ${2:company}, working on ${3:what you work on}.",
  },
  {
    phrase: '((i would like to |i wanted to |let me )?take this (opportunity|chance) to (introduce|reach out|connect|share|present|tell you|let you know)|(i |we )?((permit|allow) (myself|ourselves) to|(take|taking|took) the liberty (to|of)) (contact~|write|writing|reach out|approach~|email~|introduce|present~)( (to )?you)?|(i am |we are )?(delighted|pleased|happy|thrilled|excited|honored|glad|proud) to (inform|notify|announce to) you( that)?)',
    category: 'opener',
    why: 'Ceremonial letter and announcement phrases make the message read like a circular sent to a mailing list.',
    instead: 'Drop the ceremony and say plainly who you are and what you want to share or ask.',
    structure: "I'm ${1:who you are}; ${2:why you are writing to them}.",
  },

  // Borrowed familiarity: a shared past that the line does not name.
  {
    phrase: '(long time no (see|talk|speak|chat)|it (has been|is been) (a while|ages|too long|a long time|forever|so long|a minute)( since we (last )?(spoke|talked|connected|caught up|chatted))?)',
    category: 'well-wishing',
    why: 'From someone the recipient barely knows, a catch-up line signals a pitch dressed up as an old friendship.',
    instead: 'Name when you last spoke and about what, or drop the catch-up and give your reason.',
    structure: 'Last time we spoke, at ${1:where}, you ${2:what they said or did}.',
  },
  {
    phrase: `(you (do not|probably do not|may not) know me|we have (not|never) (met|spoken|been introduced)( before| yet| in person)?|hope you (still )?remember me|(you (may|might|probably) not|not sure (if|whether) you) remember me|(did|have) we (meet|met) (before|at)|(was not|was|is not|is) (it|that) you (that |who )?(i (met|saw|spoke (to|with)|talked to|ran into)|(spoke|presented) at)|do we know each other|(know|recognize) you from somewhere|(i (think|believe|am (pretty |fairly )?sure) we (may have |might have |have )?|we (may|might) have )(met|crossed paths|spoke)( (before|somewhere|at (a|an|the|that) ${EVENT}))?|we (met|spoke|connected|chatted|crossed paths) (briefly )?(at|during) (a|an|the|one of the) ${EVENT}|you look (so |very )?familiar|(great|nice|lovely|good|a pleasure|wonderful) (meeting|to meet|seeing|chatting with|talking (to|with)|speaking with|connecting with) you at the ${EVENT})`,
    category: 'opener',
    why: 'Claiming, or disclaiming, a past meeting without naming it leaves the recipient to place you and reads like invented familiarity.',
    instead: 'Name the event and one thing you talked about, or lead with the link you do have.',
    structure: 'We met at ${1:event name}, where ${2:what you talked about}.',
  },

  // The first line after a request is accepted.
  {
    phrase: '((thanks|thank you|many thanks) (so much |very much )?(again )?for (connecting|connecting with me|the connection|accepting|accepting my (connection )?(request|invitation|invite)|adding me( to your network)?)|(i )?(really )?appreciate (the|our) connection|(nice|great|good|lovely) connecting with you|(glad|happy|great|nice) to be (in|part of) your network|((it (has been|is) )?(great|nice|good|awesome|lovely|a pleasure) (to be|being|to stay) connected|(glad|great|nice|good|delighted|happy|excited) (we are|we got|that we are|that we) connected)( with you)?( (here|on linkedin))?|(nice|great|a pleasure|pleasure|lovely|good|glad|happy) to (e meet|virtually meet) you)',
    category: 'opener',
    why: 'Thanking for or celebrating the connection is an automation step that says nothing, and the recipient waits for the pitch it precedes.',
    instead: 'Skip it and continue the reason you connected, or wait until you have something to say.',
    structure: '${1:the reason you connected, continued}.',
    removal: 'sentence',
  },
];
