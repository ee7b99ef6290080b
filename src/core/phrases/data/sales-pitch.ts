// Sales-sequence wording ("I help companies like yours", "worth a quick 15-minute call?"): the frame of a template sent to a list, so the recipient knows a pitch is coming before any fact about them appears.
//
// Borderline choices, so a personal note rarely trips them:
// - Facts and numbers are never the target: "we cut build times by 40% for Acme" is specific. The entries
//   match the frame around them ("we have helped … companies", "trusted by … teams", "worth a 15-minute call").
// - "free trial" alone is left out: users writing to a founder mention the trial they used. Only offers
//   ("a free audit", "a complimentary consultation") are listed.
// - "(i|we) help teams" needs a verb or "like yours" after it, because engineers describe their own work that
//   way ("I help teams adopt the new API"); companies, founders, brands and agencies do not need one.
// - "noticed you're hiring" is left out: job seekers write it about a real opening.
// - "is your team hiring" and other job asks live in job-requests.ts; vague calls and chats, including "do you have
//   15 minutes", in vague-asks.ts (asks are forgiven in a note with a personal detail; pitch lines are not).
// - Numbers are slots: a claim matches on its marketing frame ("by up to", "3x more", "in 90 days or less", "our
//   clients typically see"), not on a bare number, so "we cut p99 by 40%" in a note about their work stays clean.
//   "team of N developers" lists round headcounts only, so "our team of four engineers" is not matched.
// - Scheme, property, award, event and appeal pitches match their stock frame ("be your own boss", "we buy houses",
//   "you have been selected for", "sponsorship packages", "every gift counts"), never "income", "house", "award" or
//   "donation" alone; sympathy lines ("we understand how challenging … can be") need the vendor's "we".
// - Influencer and publicist pitches match the offer frame ("collab opportunity", "the chance to be featured",
//   "would benefit from your insights"), never "podcast", "episode" or "feature" alone.
// - Usage claims ("trust our platform", "rely on our software") need a count ("over 3,000", "hundreds of") or a
//   logo frame ("brands such as … use our tool"), so a maintainer asking whether teams use "our API" stays clean.
// - "I run an agency that helps" lists agencies, studios and firms, not "a team that helps": people describe
//   their own team that way in networking notes.
// - Gaps (`*N`) stand for the modifiers a template puts between two distinctive parts ("we help *2 founders",
//   "a free *3 audit"). Where one side is common in personal notes ("take … off your plate", "as a … leader",
//   "save … hours a week", "we have a … investor"), the modifiers stay listed instead.
import type { PhraseEntry } from '../types.js';

const OUTCOME_FOR_THEM = 'You ${1:specific observation about them}; we did ${2:specific result} for ${3:named similar customer}. Worth a look?';
const ONE_QUESTION = '${1:specific question about their situation}? If so, ${2:one concrete thing you would send}.';

/** The kinds of customer a template names ("we help founders", "companies like yours"). */
const WHO =
  '(companies|businesses|brands|clients|founders|startups|agencies|organizations|organisations|firms|practices|clinics|leaders|owners|business owners|retailers|stores|restaurants|coaches|creators)';
/** WHO with teams and customers, for frames where a count or a verb after it keeps engineers' own wording clean. */
const WHO_ALL = `(teams|customers|${WHO})`;
/** One customer, in "a company like yours". */
const ONE = '(company|business|client|brand|startup|agency|firm|practice|team|customer|clinic|organization|organisation)';
/** The reader's business as the object of a promise: "your team", "your company". */
const BIZ = '(team|company|business|brand|practice|agency)';
/** The reader or their business. */
const YOU = `(you|your ${BIZ})`;
/** What a vendor calls its offer after "our". */
const PRODUCT = '(platform|tool|software|product|solution|app|service|services|agency|team|system)';
/** A named method sold as a product ("our proven framework"). */
const METHOD = '(system|process|framework|method|methodology|strategy|approach|formula|blueprint|playbook|program)';
/** What growth and lead-generation promises say you will get more of. */
const GAINS =
  '(revenue|sales|leads|meetings|pipeline|conversions|traffic|bookings|customers|clients|patients|appointments|calls|demos|deals|roi|results|profits|signups|opportunities)';
/** The verbs of "we help X to …" and "we can help you …". */
const HELP_VERB =
  '(grow|scale|cut|reduce|increase|improve|boost|automate|streamline|save|generate|book|close|hire|win|get|find|fill|build|launch|simplify|accelerate|optimize|unlock|double|hit|achieve|convert|attract|sell|ship|stop|manage|land)';
/** Their web presence, the object of audit and SEO spam. */
const SITE = '(website|site|web site|homepage)';
/** Parts of their marketing an audit claims to have looked at. */
const PAGES = '(website|site|homepage|landing page|funnel|ads|seo|store)';
/** The errors an audit claims to have found. */
const ERRORS = '(errors|issues|problems|mistakes)';
/** The people a show, list or publication reaches. */
const AUDIENCE = '(audience|listeners|readers|viewers|community|followers|subscribers|members|show|podcast|newsletter|publication|channel)';
/** The buyers an event or list seller promises access to. */
const DECIDERS = '(decision makers|buyers|prospects|executives|investors|c suite|industry leaders|the right people)';
/** What an owner is asked to sell or value. */
const ASSET = '(home|house|property|land|building|condo|business|company|practice|domain)';
/** Where a property pitch says the buyers are. */
const AREA = '(area|neighborhood|neighbourhood|community|street|building|zip code|town|city)';
/** Small counts in scarcity and idea teasers. */
const FEW = '(a few|some|a couple of|a handful of|2|3|4|5|two|three|four|five)';
/** What scarcity lines say is running out. */
const SPOTS = '(spots|slots|seats|places|spaces|openings)';
/** The traits a team-building scheme asks for ("motivated, like-minded people"). */
const TRAITS = '(motivated|ambitious|driven|hungry|like minded|positive|coachable|entrepreneurial|hard working|open minded|goal oriented)';
/** Who a team-building scheme recruits. */
const RECRUITS = '(people|women|men|moms|mums|mamas|ladies|individuals|leaders|entrepreneurs|team members|go getters)';
/** The praise word of a fit claim: "a perfect fit", "a great guest". */
const GREAT = '(perfect|great|ideal|excellent|amazing|fantastic|natural|right)';
/** Modal verbs of a promise. */
const MODAL = '(can|could|will|would|might|may)';

export const salesPitchPhrases: readonly PhraseEntry[] = [
  // Who we help: the self-introduction every agency and SDR template opens with.
  {
    phrase: `((i|we) (help|assist|serve|empower|enable) (*2 (${WHO}|ceos|executives|entrepreneurs|families|homeowners|women|moms|professionals|physicians|dentists|investors|high achievers)( like yours)?|*1 teams (like yours|to|${HELP_VERB}))|((we|i) (partner|work|collaborate)|(our|my) (firm|agency|team|company|platform) (works|partners)) with *2 ${WHO} (of all sizes |like yours |in your (space|industry) )?to (help (them )?)?${HELP_VERB})`,
    category: 'sales-pitch',
    why: 'The opening line of most agency and SDR templates; it describes your customer list, not the person reading.',
    instead: 'Start with something you noticed about their business, then one result you got for a company they would recognise.',
    structure: OUTCOME_FOR_THEM,
  },
  {
    phrase: '((specialize~|specialise~) in (helping|working with|serving|supporting)|(our|my) (company|agency|firm|studio|consultancy) (specializes|specialises) in|(i|we) (run|own|founded|started) (a|an) (small |boutique |digital |marketing |creative )?(agency|consultancy|studio|firm|company|business) that (helps|works with|partners with|serves))',
    category: 'sales-pitch',
    why: 'Specialising in helping everyone who receives the same email is not a speciality the recipient can check.',
    instead: 'Say the one kind of problem you solve and why you think they have it.',
  },
  {
    phrase: `((${WHO}|teams|customers|donors|professionals|families|homeowners|entrepreneurs) ((just )?like (yours|you)|(in|across) your (space|industry|niche|sector|market)|(in|at) (your|a similar) (position|shoes|situation)|(very |really )?(similar|comparable) (to|in size to) (yours|you|your ${ONE}))|${ONE} (similar|comparable) to yours)`,
    category: 'sales-pitch',
    why: '"Companies like yours" sorts the reader into a category from a list and names no peer they could check.',
    instead: 'Name the actual similarity or one customer they would know: their stack, market, size or a problem they wrote about.',
    structure: 'Like ${1:named customer}, you ${2:specific shared trait}; they ${3:result}.',
  },
  {
    phrase: '((we|i) (are|am) (a|an) (leading|premier|trusted) *2 (provider|agency|company|firm|partner|platform|studio)( of)?|(a|an) (full service|one stop|results driven|performance driven|top rated|boutique|award winning) *2 (agency|studio|firm|provider|partner|shop)|(i am|we are|i work for|i represent|we provide|we offer) (a |an )?*1 (digital marketing|seo|web design|web development|lead generation|app development|software development|it|social media|outsourcing) (agency|services|company|firm|team|solutions))',
    category: 'sales-pitch',
    why: 'A brochure label ("a leading full-service agency") says what kind of vendor you are, not why you wrote to them.',
    instead: 'Drop the label and say the one thing you would do for them, with one result for a client like them.',
    structure: OUTCOME_FOR_THEM,
  },
  {
    phrase: `((our|my|a|the|this) (proven|proprietary|signature|battle tested) *4 ${METHOD}|our unique ${METHOD}|(3|4|5|7|three|four|five|seven) (step|part|pillar) ${METHOD}|(client|customer|patient) acquisition (system|machine|formula))`,
    category: 'sales-pitch',
    why: 'A named-but-unexplained method is a sales device; the recipient cannot tell what it does.',
    instead: 'Say in one sentence what you would actually do first for them.',
  },

  // Social proof: client counts, logos and big names with no link to the reader.
  {
    phrase: `(((we|i) have|(our|my) (agency|team|firm|company|platform|clients|software|product) (has|have)) (already )?(helped|supported|served|worked with|partnered with) *3 ${WHO_ALL}|(we|i) (recently |just )?(helped|worked with|partnered with) ((a|an|one|another) *1 ${ONE} (like yours|similar to yours|in your (space|industry|niche|area|market)|of your size)|a (similar|comparable) ${ONE})|(we|i) (have )?(worked|partnered|work|partner) with *2 ${WHO_ALL} (like|such as|including)|(worked|partnered|work) with (many |several |some of the )?(big|top|leading|major|global|fortune 500|big name|household name) ${WHO_ALL}|trusted by (over |more than )?*2 (users|${WHO_ALL})|(over|more than|thousands of|hundreds of|dozens of) *3 ${WHO_ALL} (already )?(trust|rely on|use|choose) (us|our ${PRODUCT})|${WHO_ALL} (like|such as|including) *4 (already )?(trust|rely on|use) (us|our ${PRODUCT})|join *3 (users|${WHO_ALL}) (already|using|who (already )?(use|trust))|our (clients|customers) include|(fortune 500|big name|household name|blue chip) (clients|companies|brands|customers))`,
    category: 'sales-pitch',
    why: 'Template social proof (a client count, a logo list, unnamed big names) says nothing about whether you can help this reader.',
    instead: 'Name one client close to them and the specific result, or leave the proof out.',
    structure: OUTCOME_FOR_THEM,
  },
  {
    phrase: `(((our|my) (clients|customers|users)|${WHO_ALL} (just )?like (yours|you)|most (of our )?(clients|customers)) ((typically|usually|often|on average|consistently) (see|get|achieve|report|save|double|increase)|(see|get|achieve) *3 (lift|increase|boost|improvement|reduction|roi|return|results) (within|in) (the first|their first|just|under|a few|weeks|days|months)|have (generated|seen|achieved|booked|saved|grown|doubled))|(results|numbers) speak for themselves)`,
    category: 'sales-pitch',
    why: 'A typical-result claim about unnamed customers; the reader cannot check it or tell whether it applies to them.',
    instead: 'Name one customer like them, the before and after, and the time it took.',
    structure: OUTCOME_FOR_THEM,
  },

  // Pain-point fishing and problem framing: claims and questions that could be sent to anyone in the sector.
  {
    phrase: '(your|their|any|biggest|main|key|common|specific|current|top) pain point~',
    category: 'sales-pitch',
    why: 'A sales-training term; recipients hear that they are being qualified, not listened to.',
    instead: 'Name the specific problem you think they have and why you think so.',
    structure: 'I noticed ${1:evidence}; is ${2:specific problem} slowing you down?',
  },
  {
    phrase: '(what is (your|the) (biggest|main|number one|top) (challenge|struggle|pain point|bottleneck) (with|in|around|right now)|(are you|is your (team|company|business)|are your (teams|reps|recruiters|staff)) (currently |still )?(struggling (with|to)|finding it (hard|difficult) to|having (trouble|difficulty) (with|to)|(facing|experiencing|dealing with) *2 (challenges|headaches|pain points|problems|issues|bottlenecks) (with|around|in|when)|spending (hours|too much|a lot of time|countless hours)|manually (tracking|managing|entering|updating)|(using|relying on|stuck with) (spreadsheets|excel|paper))|(one of )?your (biggest|main) (headaches|headache|bottleneck) (right now|at the moment|these days)|is your (business|company|website|data|home|family) (protected|secure|covered) (from|against))',
    category: 'sales-pitch',
    why: 'A pain-fishing question sent to a whole list; it assumes a problem without evidence and asks the reader to confirm it.',
    instead: 'Point to what you saw that suggests the problem, then ask whether you are right.',
    structure: ONE_QUESTION,
  },
  {
    phrase: '((leave|leaves|leaving|left) *3 (money|savings|revenue|deals|sales|leads|cash|growth|conversions|profits|business|pipeline|opportunities|bookings) on the table|(could|might|may|is|are) (be )?costing you (customers|sales|leads|money|revenue|business|clients|deals)|(you (may|might|could) be|are you|(many|most) (businesses|companies|owners|people) are|chances are (that )?(you are|your (team|company|business) is)|(many|most) are) (still )?(overpaying|paying *2 too much|spending *2 too much|paying more than (you|they) (need to|should)))',
    category: 'sales-pitch',
    why: 'A loss claim (money on the table, overpaying, costing you customers) made without any evidence from their business.',
    instead: 'Name the specific leak you saw and roughly what it costs them, or leave the claim out.',
    structure: 'On ${1:page or channel} I saw ${2:specific issue}; that likely costs ${3:rough amount}.',
  },
  {
    phrase: "((do|doing|achieve~|deliver~) more with less|(facing|under) (increasing|growing|mounting|rising|constant) pressure (to|from)|(in|with|given|during) (today's|the current|this|a tough|a challenging|a competitive) *2 (market|landscape|environment|economy|climate)|today's (fast paced|competitive|digital) world|it is no secret|(become~|get|gets|getting) (increasingly|exponentially|more and more|much|even) *1 (challenging|complex|difficult|harder|complicated|costly|expensive|overwhelming)|(is|are|getting) (harder|tougher|more (difficult|competitive|challenging|expensive|crowded)) than ever|(with|given|amid) (rising|soaring|increasing|growing) (costs|prices|rates|inflation|interest rates|premiums|competition)|as (you|your (company|business|team)|teams|companies|businesses) (continue to )?(grow|grows|scale~|expand~)|when (teams|companies|businesses|startups) (grow|scale) (quickly|fast|rapidly))",
    category: 'sales-pitch',
    why: 'Scene-setting about the market or about growth that fits every company in the sector; it is the setup of a pitch.',
    instead: 'Point to the one pressure or sign of strain you saw at their company, with the evidence.',
    structure: 'I saw ${1:specific sign of strain} at ${2:where}; is that ${3:the problem you solve}?',
  },
  {
    phrase: `((most|many|a lot of|so many|more and more) (b2b |saas |small |local |growing )?(${WHO}|teams|marketers|families|homeowners) (struggle|fail|waste|lose|miss|overlook|underestimate|overpay|have no idea|do not (realize|know)|are *1 (leaving|losing|wasting|missing|struggling|overpaying|looking for|switching to|turning to|stuck with|spending|paying|using|relying on))|(most|many|a lot of|almost every|every) *3 (${WHO}|teams|ceos|ctos|cmos|directors|marketers|recruiters|dentists|doctors|${ONE}|founder|leader|ceo|owner) (i|we) *2 (talk~|speak|speaking|spoke|work~|meet|met|chat~|coach~|partner~) (to|with)|did you know (that )?(most|many|nearly|almost|over|more than|up to|the average|on average|only|about|one in|1 in|half of|${WHO}|teams|people))`,
    category: 'sales-pitch',
    why: 'A generalisation about other companies used to imply the reader has the problem too; it signals a script.',
    instead: 'Say what you saw at their company that suggests the problem.',
  },
  {
    phrase: '((is|would) (this|that|it) (be )?(a )?(priority|focus|top priority) for (you|your team|your company)|is (improving|reducing|growing|increasing|scaling|cutting|automating) *3 (a )?(priority|focus|top priority)|(is|would) (this|that|it) (be )?something (you|your team) *2 (looking (at|into)|thinking about|exploring|focused on|working on|prioritizing|considering)|does (this|any of this|that) (resonate|ring a bell|sound familiar)|let me know if (this|any of this|that) (resonates|rings a bell)|(not sure if|in case) (this is|it is) (a priority|relevant|on your radar)|(are you|is your (team|company|business)) (currently |still |actively )?(looking|planning|hoping) to (scale|grow|expand|outsource|invest in|upgrade|switch|replace|automate|improve|redesign~|revamp~)|(curious|wondering) how (you|your team) (are|is) (currently )?(handling|managing|tackling|approaching|solving) (this|that|it)|at (worst|the very least) you (will|would) (gain|get|learn|walk away with)|do you (do|run|use|have) any (email marketing|paid ads|seo|outbound|social media marketing|lead generation)|(do you have|have you got) any (freight|loads|shipments|projects|orders) (moving|coming up|going out|this week))',
    category: 'sales-pitch',
    why: 'A qualifying question from a sequence: "this" could be any product, and the reader is asked to sort your lead for you.',
    instead: 'Give the reason you think it matters to them now, and ask whether you are right.',
    structure: ONE_QUESTION,
  },
  {
    phrase: '(quick |a |one )?question (about|regarding|on) your (property|home|house|listing|business|company|practice|benefits|insurance|portfolio|marketing|sales|hiring|website|seo|pipeline|growth|outbound|team|it|software|payroll|social media)',
    category: 'sales-pitch',
    why: 'The subject line and opener of countless sequences; there is rarely a question, only a pitch.',
    instead: 'Ask the actual question, specific enough that only they could answer it.',
    structure: ONE_QUESTION,
  },
  {
    phrase: '((saw|noticed|see) (that )?you are (the )?(head|vp|director|ceo|cto|cmo|cfo|founder|co founder|owner|manager) (of|at)|as a (busy |successful |small |savvy |growing )?(business owner|business leader|entrepreneur|executive|founder|leader|homeowner|physician|dentist|high earner|practice owner|ceo|decision maker|landlord|investor))',
    category: 'sales-pitch',
    why: 'A title or category read back from a database; it tells the reader the rest of the message is a template.',
    instead: 'Address them as themselves: something they did in that role, or the business or decision you are writing about.',
  },

  // Outcome promises: revenue, leads and savings with no proof.
  {
    phrase: `((increase~|boost~|grow~|maximize~|improve~|double~|triple~|10x|skyrocket~) your (monthly |website |online )?(${GAINS}|conversion rate|bottom line|mrr|margins|reply rate|customer base)|(2x|3x|5x|10x|twice as many|three times (as many|more)|double the|triple the) (more )?${GAINS}|(10x|2x|3x|5x) your|watch your (revenue|sales|business) (grow|soar|skyrocket)|(take|taking|takes) your (business|company|brand|sales|marketing|agency|practice|team|game) to the next level|(scale~|grow~) your (business|agency|brand|practice|online business|coaching business|store|outbound|outreach)|(dominate~|crush) (your|the) (local )?(market|competition|niche|industry)|(grow~|boost~|improve~|build~|expand~|increase~|elevate~) (your|their|a strong) (online|digital|social media|local|brand) (presence|visibility|footprint)|(increase~|boost~|grow~|improve~) your (brand |local |online )?(visibility|exposure|brand awareness)|(grow~|boost~|increase~|build~|double~) your (instagram |tiktok |social media |linkedin |youtube )?(following|followers|audience|engagement|subscribers|personal brand|email list)( (organically|fast|overnight))?)`,
    category: 'sales-pitch',
    why: 'A growth promise (more revenue, 3x the leads, the next level) that every vendor makes; nothing in it is about this business.',
    instead: 'Cite one measured result for a named customer like them, with the baseline and how long it took.',
    structure: OUTCOME_FOR_THEM,
  },
  {
    phrase: `((reduce~|cut~|lower~|slash~|increase~|boost~|improve~|grow~|double~|save~) *3 by (up to|as much as)|help~ ${YOU} (cut|reduce|lower|save|increase|boost|grow|double|improve) *3 by|(see~|get|guarantee~) (results|roi|growth|leads) (in|within) (as little as |just |under )?(7|14|30|60|90|a few) (days|weeks)|(within|in) (as little as|just|only|under|less than) (7|10|14|30|60|90|seven|ten|thirty|ninety|24|48|a few) (days|hours)|in (30|60|90) days (or less|guaranteed)|(scale~|grow~|hit|reach~|break~) (to |past )?(5|6|7|8|five|six|seven|eight|multi) figures|(5|6|7|8|five|six|seven|eight|multi) figure (business|agency|brand|income|month|months|year|launch)|(${GAINS}|growth|outreach|prospecting) on autopilot|guaranteed (results|leads|roi|growth|meetings|rankings|traffic|sales|returns)|money back guarantee|or you do not pay|or your money back|(we|i) (can )?(guarantee~|promise~) (you )?(a |an )?*1 (roi|results|return|growth|more (leads|sales|revenue|clients))|(massive|huge|insane|explosive) (roi|results|growth))`,
    category: 'sales-pitch',
    why: 'A hype promise ("by up to 40%", results in 30 days, guaranteed, on autopilot) that readers have learned to discount.',
    instead: 'Say what you would do first and what a realistic result looks like for them, with one real example.',
    structure: OUTCOME_FOR_THEM,
  },
  {
    phrase: `(done for you (service~|system|outreach|lead generation|marketing)|no retainer|pay per (meeting|appointment|lead|result)|(you )?(only pay|pay only) (for|when|if) (the |qualified |booked )?(${GAINS}|performance|you get results|it works)|no (results|win) no (pay|fee)|performance based (pricing|fees))`,
    category: 'sales-pitch',
    why: 'Pricing terms as a hook; they sell the deal before the reader has any interest in the service.',
    instead: 'Earn interest with one observation about their business; the terms can come when they ask.',
  },
  {
    phrase: `((generate|generating|book|booking|deliver|land|fill your calendar with) (you )?(more |new |(10|20|30|50|dozens of) )?(qualified |high quality |warm |targeted |consistent )?${GAINS}( (every|each|a|per) (month|week))?|(get|getting|bring) (you )?(more )?(qualified|high quality|warm|targeted) ${GAINS}|qualified ${GAINS} (per|a|every|each) (month|week)|(fill~|pack~) (up )?your (pipeline|calendar|funnel|schedule|books)|(do you want|would you like|are you looking for|looking for|need|want) (more|new|consistent|a steady stream of|qualified) ${GAINS}|(attract|win|bring in|land|sign) (more|new) (clients|customers|patients|students|members|buyers)|so (that )?you can focus on (closing|what you do best|growing your (business|company)|running your business|selling|your clients|what matters|growth|scaling)|without (hiring|adding) (more|extra|new) (sdrs|bdrs|reps|salespeople|headcount))`,
    category: 'sales-pitch',
    why: 'The lead-generation pitch every agency sends (more qualified meetings, a full calendar); nothing in it is about their buyers.',
    instead: 'Describe their likely buyer and where you would find them, with one comparable result.',
  },
  {
    phrase: `(save~ (you |your team )?(time and money|money and time|countless hours|thousands)|save~ you (money|hundreds|a fortune)|save~ (you|your team|teams|clients) *2 (hours|hrs) (a|per|every|each) (week|month)|${MODAL} save ${YOU} (hundreds|thousands|a lot|a fortune|money|up to)|without (increasing|raising|adding to) your (budget|costs|spend|overhead|headcount|workload)|(cut~|reduce~|lower~|slash~) your *2 (costs|overhead|expenses|spend|bills|bill|taxes|premiums|fees|cac|churn|turnover)|(save~|cut~|reduce~) *2 (up to|as much as|on average) *2 (on|in|off) *3 (costs|cost|spend|expenses|budget|bills|overhead|fees)|save~ you (weeks|months|hours|a lot) of (trial and error|headaches|guesswork))`,
    category: 'sales-pitch',
    why: 'A savings promise made before you know their costs; every vendor in the inbox makes the same one.',
    instead: 'Name the cost or task you think is high for them, and what you saved in a case like theirs.',
  },
  {
    phrase: `((we|our ${PRODUCT}) (can|could|will|would) (definitely |certainly |easily |absolutely |really )?help (you( and your team)?|your (${BIZ}|organization|organisation|store)) ${HELP_VERB}|(i am|we are|i feel) (very |highly |quite |fully |pretty |absolutely )?(confident|sure|certain|positive) (that )?((we|i|our ${PRODUCT}) (can|could|will|would) (help|add value|make a *1 difference|deliver|get you|be a (great|good|perfect) fit)|you (will|would) (love|be (impressed|pleased)|see (results|value|a difference)))|(i (believe|think|am sure) )?(your (${BIZ}|organization|organisation)|you) (could|would|might|will) (really |greatly |definitely )?benefit (greatly )?from (our|this|a (service|solution|tool|platform)|working with us|what we (do|offer))|(see|find out|explore) (if|whether) (we|our|this) *1 (make~ sense|(are|is|would be|might be|could be) a (good |great |right )?fit) for (you|your)|(get|achieve|deliver|replicate) (the )?(same|similar) (results|success) for ${YOU}|help ${YOU} (with|improve|grow|boost) (your )?(marketing|seo|lead generation|outbound|sales|social media|branding|web design|website|app development|software development|digital marketing|bookkeeping|recruiting|content|paid ads|ppc))`,
    category: 'sales-pitch',
    why: 'A claim that you can help, made before showing any understanding of their situation.',
    instead: 'Replace it with its basis: what you saw at their company and one result for a similar customer.',
    structure: OUTCOME_FOR_THEM,
  },
  {
    phrase: `(what would it mean (for|to) ${YOU} if|(what if|imagine if|what would happen if|how would it feel if) (you|your (team|company|business|reps)) (could|were able to|did not have to|never had to|no longer had to)|(imagine|picture) (cutting|doubling|tripling|halving|saving|closing|booking|getting|having|never having to|no longer having to|automating|filling|hitting) (your|every|all|more|twice|half)|(imagine|picture) (what|how much) ${YOU} could (do|achieve|save|earn|build))`,
    category: 'sales-pitch',
    why: 'A scripted hypothetical from sales training; recipients recognise the technique.',
    instead: 'State the concrete change plainly and let them judge whether it matters.',
  },
  {
    phrase: '(your (competitors|competition) (are|have been|is) (already )?(using|doing|investing|ahead|ranking|outranking|leveraging)|(stay~|get|keep~|getting) (one step |a step )?ahead of (the|your) (competition|competitors|curve))',
    category: 'sales-pitch',
    why: 'Fear of unnamed competitors is a pressure tactic, not information.',
    instead: 'If a competitor did something relevant, name it and what it changed.',
  },

  // Website and SEO audit spam.
  {
    phrase: `((noticed|saw|found|see|realized|realised) (that )?your ${SITE} (does not|has (some|a few|many) ${ERRORS}|could (use|be)|lacks|needs|is missing)|(was|have been) (checking|looking at|going through|browsing|reviewing|analyzing|auditing|surfing) (through )?your *1 ${SITE}|(went|looked) through your ${SITE}|(took|had) a *1 look (at|through) your *2 ${PAGES} and (noticed|found|saw|spotted)|(ran|did|performed|completed) a *1 (audit|analysis|review|scan) (of|on) your ${PAGES}|${ERRORS} (on|with|in) your (${SITE}|seo)|(${ERRORS}|things) (that are )?(hurting|affecting|killing|holding back) your (rankings|ranking|traffic|seo|conversions|sales|visibility)|your ${SITE} (looks|is|seems) *2 (old|outdated|dated|old fashioned|out of date|not mobile friendly|not responsive)|your ${SITE} (has|contains) *2 (broken links|dead links|errors|issues|bugs|seo issues|technical issues|problems)|(you are|your (website|site|business) is) (not|barely) (listed|ranking|showing up|appearing|visible|indexed) (on|in) *4 (search engines|google|search results|google maps)|(but|however) (the|your) (checkout|copy|design|${PAGES}) (could|can|needs to|should) (be improved|use some work|be better|convert better)|your ${PAGES} (could|can|should) (convert|perform|rank) better|fix (all )?(of )?(these|those|the above) ${ERRORS}|(all )?under one roof)`,
    category: 'sales-pitch',
    why: 'The opening of website-audit spam: a look at their site with no page, query or error named.',
    instead: 'Name one checkable problem (the page, the query, the error) and what it costs them.',
    structure: 'On ${1:exact page}, ${2:specific issue}; that likely ${3:concrete cost}.',
  },
  {
    phrase: '((first|top|1st) page (of|on|in) (google|search results)|rank~ (higher|first|on top) (on|in) (google|search)|(rank~|get|put|bring) (you|your (website|site|business|brand|page)) (on|to) (the )?(first|top) page|(first|1st) page (ranking~|rankings|results|position~)|guaranteed (first|1st|top) page)',
    category: 'sales-pitch',
    why: 'First-page placement promised for queries nobody named; it is the oldest line in SEO spam.',
    instead: 'Name a query they should rank for and the evidence that they do not.',
  },
  {
    phrase: '((a|an|your|our) (free|no obligation|no cost|complimentary) *3 (mockup|mock up|redesign|audit|consultation|demo|assessment|analysis|strategy call|strategy session|report|quote|proposal|discovery call|consult|review|valuation|estimate|inspection|evaluation|appraisal|session|clarity call|masterclass|webinar|workshop)|(currently |now )?offering (a |an )?(special|exclusive|limited time|discounted) (offer|discount|pricing|package|deal|rate)|no obligation|(with |and )?(absolutely |completely )?no strings attached|no credit card (required|needed)|at no (extra |additional )?(cost|charge) to you|(completely |totally )?free of (charge|cost)|(i|we) (would|will) (love|like|be happy|be glad|be delighted|be thrilled) to (offer|extend|give|provide) you (a|an|our|my|the|some|this))',
    category: 'sales-pitch',
    why: 'A free audit, call or quote, offered before any interest and with no strings attached, is the bait of a sales funnel.',
    instead: 'Put one real finding in the message itself; that is the audit.',
  },

  // Outsourcing, staffing and vendor brochures.
  {
    phrase: '((are you|would you be) open to (outsourcing|working with (an )?(external|offshore|outside|remote) (partners|partner|team|teams|agency|agencies|developers))|(hire |hiring )?(dedicated|offshore) (developers|engineers|resources|development team|dev team|programmers)|(hire|hiring) (our|expert|skilled|top|certified|vetted) (developers|engineers|designers|programmers|writers|virtual assistants|freelancers)|augment~ your (team|engineering team|dev team|workforce)|staff augmentation|(pre vetted|pre screened|hand picked|handpicked|vetted|top 1 percent|top 3 percent) (engineers|developers|talent|candidates|professionals|freelancers|designers|nurses))',
    category: 'sales-pitch',
    why: 'Staff-augmentation boilerplate sent to every company with a careers page.',
    instead: 'Name the project or gap you think they have and one comparable delivery.',
  },
  {
    phrase: '((at|for|with) (very |highly )?(competitive|affordable|reasonable|unbeatable|cost effective|offshore|nearshore|low|lowest|budget friendly) *1 (rates|prices|pricing|cost|costs|packages)|(at|for) (a|an) *1 (affordable|reasonable|competitive|unbeatable|budget friendly|nominal) (price|cost|fee|rate)|(at|for) (a |just a |only a )?fraction of the (cost|price)|(starting|starts|start) (at|from) (just|only|as low as|as little as))',
    category: 'sales-pitch',
    why: 'Price positioning in a first message signals a commodity vendor with a template.',
    instead: 'Leave price out until they ask; say what is specific about your work.',
  },
  {
    phrase: '(let (me|us) know (if|whether) (you have )?any (requirement~|project~|need~)|(if|in case) you (have|are having|foresee|anticipate) any *1 (requirement~|demand~|project~|need~)|(tell|share with|send) (me|us) (about )?your *1 (requirement~|needs and requirements)|(kindly|please) (share|send|tell|mention|let (me|us) know) (me |us )?your *1 (requirement~|needs and requirements))',
    category: 'sales-pitch',
    why: 'Asking a stranger to hand over their requirements is the close of mass outsourcing mail.',
    instead: 'Propose one specific thing you could do for them, sized and dated.',
  },
  {
    phrase: '((our|we have a|we are a) team of (over |more than )?(10|20|25|30|50|100|150|200|250|500|1000) *1 (developers|engineers|experts|professionals|designers|specialists|marketers|consultants)|(iso|cmmi level) *2 (certified|company|firm|agency)|(team|group|pool|network) of *1 (experts|professionals|specialists)|(team|group|pool|network) of (skilled|experienced|dedicated|certified|talented|seasoned|expert) (developers|engineers|designers|marketers|programmers|writers)|(100 |guaranteed |complete )(client|customer) satisfaction|(guarantee~|ensure~|promise~) *3 (on time delivery|timely delivery|quality work|top quality)|(years|decades) of (combined|collective) (experience|expertise)|(clients|customers|companies|projects) (across|in|from) (over |more than )?*1 (countries|industries|continents)|(hourly|monthly|part time|full time|fixed cost|fixed price|dedicated) *4 (basis|engagement model~|hiring model~|pricing model~)|(developers|engineers|resources) (are )?available (for hire )?(on|for) (an |a )?(hourly|monthly|part time|full time|contract|dedicated)|(delivered|completed|built|developed|launched) (over|more than|nearly|around) *1 (successful )?(projects|apps|websites|applications)|extension of your *2 (team|staff|department)|(our|my) (team|developers|engineers|staff|agents) (work~|are available|operate~) (in|during) your (time zone|timezone|business hours|working hours))',
    category: 'sales-pitch',
    why: 'Brochure credentials (headcount, certificates, combined years, engagement models) that every vendor claims and no reader can check.',
    instead: 'Replace them with one named project like theirs and what it delivered.',
  },
  {
    phrase: '((handle~|take care of|takes care of|manage|offer|provide) everything from|(become|be|serve as|act as) your (long term|trusted|go to|strategic|dedicated|one stop|technology|tech|outsourcing|development|marketing|growth|it|digital) (partner|vendor|provider|extension|team|agency)|((your )?(go to|one stop|trusted) (partner|agency|provider|shop|solution) for|(for|with|to) all (of )?your) *2 (needs|requirements)|(take|taking|takes|get|getting) (the |your |all the )?(admin|admin work|admin tasks|busywork|grunt work|bookkeeping|books|paperwork|payroll|heavy lifting|marketing|social media|hiring|recruiting|lead generation|outreach|prospecting) off your (plate|hands)|(take|taking|takes) the (headache|headaches|guesswork|hassle|stress) out of|(handle|take on) your (overflow|excess|extra|white label) (work|projects|tasks|clients)|(be|serve as|act as) a (resource|partner|extension of your team) (for|to) (you|your team)|(view|see|think of|consider) (me|us) as (a|your|an) (resource|go to resource|trusted resource))',
    category: 'sales-pitch',
    why: 'A catch-all service promise from a brochure; the reader cannot tell what you would actually do for them.',
    instead: 'Name the one task you believe they handle themselves and how you would take it over.',
  },
  {
    phrase: '((hard|difficult|tough) to fill (roles|positions|openings|reqs|vacancies|shifts)|(fill|filling) (your )?(hard to fill|open|urgent|critical) (roles|positions|openings|reqs|vacancies)|(your |any )?(upcoming |current |future )?(staffing|hiring|recruiting|recruitment|talent) (needs|requirements|gaps|challenges)|(any|which|what) roles (you are|are you|is your team) (struggling|finding it hard|having trouble) (to fill|filling)|(i have|we have|i am working with|i represent|introducing) (a|an) (outstanding|exceptional|excellent|strong|talented|top|stellar|rare|brilliant|standout|impressive) (candidate|engineer|developer|professional|hire|profile)|(candidate|engineer|developer|professional|talent) (who )?(has|have) (just |recently )?(become|come) (available|on the market)|(strengthen|bolster|complement|round out) your (team|department|bench|engineering team|sales team)|(is|are) (already )?(interviewing|in process) (elsewhere|with other (companies|firms))|(will not|would not) be (available|on the market) for long|(you may want to|you might want to|i would|i recommend you) (act|move) (quickly|fast|swiftly)|(free )?replacement (guarantee|period|policy)|(specialize~|specialise~|focus~) (in|on) (placing|finding|sourcing|recruiting|providing) *1 (talent|candidates|professionals|engineers|people)|(considered|consider us|consider me|be considered) (as )?(a|your|an) (recruitment|recruiting|staffing|hiring|talent) (partner|agency|supplier|vendor)|preferred supplier list)',
    category: 'sales-pitch',
    why: 'A staffing-agency pitch: a speculative candidate and urgency, sent to every hiring manager with an open role.',
    instead: 'Name the role you saw, the one thing about the candidate that fits it, and your terms.',
  },

  // Link building, guests, publicists and press.
  {
    phrase: '((accept~|publish|place|write|contribute|offer|submit) (a |an )?*2 (guest post~|article~) (on|for|to) your (website|site|blog|readers|audience)|link (exchange|insertion|directory)|(do follow|dofollow) link~|(backlink|sponsored post) opportunit~|(link|links) (to|with) each other|reciprocal (link~|linking)|(place|add|insert|include) (a |our )?(simple |small |text )?link (on|in|to) your (site|website|blog|resource page|resources page)|(offer|give) you a (link|backlink) (from|on|in)|(link|text link|banner|ad) placement|(noticed|saw) (that )?you (linked|link|have linked|mentioned|referenced|cited) (to )?(a |an |this |the )?(article|resource|post|page|guide|study|tool|list)|(a |an )?(more (comprehensive|up to date|in depth|thorough|detailed|recent)|updated and expanded) (guide|resource|article|version|piece|post|list)|(high quality|niche relevant|authority|high da|high dr|contextual|white hat|dofollow|editorial) (backlinks|links|guest posts|link placements)|(might|could|would) (be|make) a (great|good|nice|valuable|useful|helpful) (addition|resource) (to|for) (your|the) (article|page|post|list|resource page|readers|blog|guide)|(i have |we have )?(a|an) (simple |quick |interesting |lucrative )?(proposition|business proposal|business proposition|proposal) (for you|that (will|would|could) (benefit|help|interest))|(this|a) (simple|quick|easy|mutually beneficial|win win) (arrangement|link exchange|swap|trade)|(pay|paid|payment) (you )?for (a |the )?(sponsored post|guest post|link|backlink|link placement|placement|mention|article)|sponsored post on your (blog|site|website))',
    category: 'sales-pitch',
    why: 'Link-building wording (guest posts, link swaps, a "better resource" for their page) sent to every site in a niche.',
    instead: 'Name the exact page and why your link belongs there, and say plainly that you want a link.',
  },
  {
    phrase: `((a|the) ${GREAT} (guest|fit|addition) (for|on|to) your ${AUDIENCE}|(a |an )?(timely|relevant|valuable|fascinating|compelling|fresh|unique) (conversation|topic|episode|discussion|interview|story|angle) for your ${AUDIENCE}|(timely|relevant) (for|to) your ${AUDIENCE}|(speak|talk|discuss|cover|present) *2 (variety|range|host) of (topics|subjects)|(attached|here is|please find|i have attached) (is )?(her|his|their|my client's) (bio|one sheet|media kit|press kit|headshot)|(her|his|their|my|our) (one sheet|media kit|press kit|speaker (reel|sheet|kit))|(topics|subjects|things) (she|he|they|my client) (can|could|would love to|loves to) (speak|talk|discuss) (about|on)|(come|be|appear|join|be featured|guest) (on|as a guest on) your (podcast|show|channel|livestream|series)|(currently|now|actively) (booking|accepting|looking for|seeking) (guests|speakers|panelists|contributors|experts|sponsors)|(world renowned|world class|(internationally|globally|nationally) (recognized|recognised|known|acclaimed)|highly sought after|sought after|award winning|best selling|bestselling) *1 (expert|speaker|coach|author|consultant|authority|thought leader|strategist))`,
    category: 'sales-pitch',
    why: 'A publicist template: a guest, a bio and a topic list sent to every show, with the fit left for the host to work out.',
    instead: 'Tie the guest to a specific episode or topic of theirs and the one story they would tell.',
    structure: 'After ${1:episode or piece} on ${2:topic}, ${3:guest} could cover ${4:new angle}.',
  },
  {
    phrase: `(would *1 benefit *1 from (your|hearing your|her|his|their) (insights|insight|expertise|experience|perspective|knowledge|story)|${AUDIENCE} would *1 (love|enjoy|appreciate) (your|hearing|her|his|this|it|to hear)|${AUDIENCE} (would|will|could) *1 (benefit|learn|gain) *2 from (this|our|the|my) (resource|article|guide|post|content|tool|piece|study)|(will|would|should|is sure to) *1 (resonate|connect) *1 with your ${AUDIENCE}|(have|invite|host|feature|welcome) (you|your (brand|company|business)) *4 as (a |an |our )?*1 (advisor|board member|judge|mentor|ambassador|speaker|guest|panelist|keynote speaker|contributor|sponsor|exhibitor|partner)|(love|like|want|excited|thrilled|honored|delighted) to (feature|spotlight|showcase|interview) you|(have|invite|host) you (as a guest )?on (our|my) (show|podcast|channel|panel|summit|series|webinar)|(you are|you have been) *1 invited to (speak|present|attend|join|participate|exhibit)|present your *1 (work|research|findings|paper) (at|in) (our|the|this) *2 (conference|congress|summit|symposium|webinar|forum)|(valuable|esteemed|eminent|honorable|honourable) (speaker|guest|delegate|participant)|(include|feature|list|profile|spotlight) (you|your (company|business|brand|firm)) in (our|the|an) *4 (edition|issue|directory|list|publication|magazine|registry|report|yearbook|ranking)|who is who (edition|directory|list|registry|book)|you would (be|make) (a|an) ${GREAT} (speaker|guest|panelist|contributor|ambassador|keynote|addition to our (lineup|panel|show|summit|event)))`,
    category: 'sales-pitch',
    why: 'An invitation to speak, appear or be featured that names no reason for choosing them; pay-to-play shows and lists recruit this way.',
    instead: 'Say which talk or piece of theirs prompted it, what it involves, and any cost, up front.',
  },
  {
    phrase: '((has been |have been |was )?(featured|seen|quoted|interviewed|profiled) (on|in|by) (major|top|leading|national|international|numerous|several|dozens of|many) (outlets|publications|media outlets|podcasts|shows|networks|media)|(a )?(story|article|segment|feature) (idea|angle) (that )?(your|you) (readers|audience|viewers|listeners) (will|would|might) (love|enjoy)|(wanted to|writing to) (flag|share|pass along) (an |a |some )?(exciting|big|major|timely|important) (announcement|news|update|launch)|(set up|arrange|offer|line up|schedule) (an |a )?(interview|briefing) with (our|my|the) (founder|ceo|client|spokesperson|expert|author)|(offer|give) you (an |the )?exclusive|(would like|want|be interested in) (an|the) exclusive|(putting together|compiling|curating|creating) a (list|roundup|round up|ranking|directory|guide) of (the )?(top|leading|best|most influential|inspiring|notable|emerging|rising))',
    category: 'sales-pitch',
    why: 'Press-release language pitched at any journalist or host; nothing ties the story to what this reader covers.',
    instead: 'Say which of their pieces this follows on from and the one fact that makes it news for their readers.',
  },

  // Influencer and brand collaboration pitches.
  {
    phrase: `((looking for|seeking|recruiting) (new )?(brand )?(ambassadors|affiliates|influencers|creators|reps) (to|for|who)|(rep|represent) our (products|brand)|(collab|collaboration|paid partnership|brand partnership|sponsorship|ambassador|influencer) (opportunity|opportunities|opp)|collab (request|proposal|idea|inquiry|offer)|(brand )?ambassador (program|programme)|become (a |one of our |our )?(brand )?(ambassador~|affiliate~)|(send|gift|offer) you (some |our )?(free|complimentary) (products|samples|product|merch)|(in exchange|in return) for (an |a )?(honest )?(review|post|shoutout|shout out|feature|mention|story|reel)|(your own|a personal|an exclusive) (discount|promo|affiliate) code|commission~ (on|for) every (sale|referral|signup)|(chance|opportunity) to (be featured|get featured|be showcased|gain exposure|get exposure|grow your (audience|following))|(opportunity|chance) for (more |free )?(exposure|visibility)|(your|their) (vibe|values|content|brand|aesthetic|style|energy|mission|feed|page) *1 (aligns|align|fits|matches|resonates) with (our|my) (values|brand|mission|vision|aesthetic|community|ethos)|(your|their) (content|vibe|style|aesthetic|page|feed) (would be|is) a ${GREAT} (fit|match) for (our|my) (brand|community|products|campaign)|(creators|influencers|people|brands) who (align with|share|embody) our (values|brand|mission|ethos)|align~ (perfectly|well|closely|seamlessly) with your ${AUDIENCE}|(sponsor|advertise in|advertise on) your (newsletter|podcast|channel|blog|show)|(rates|pricing|rate card) for (a )?(sponsored|paid) (post|mention|placement|story|reel|video))`,
    category: 'sales-pitch',
    why: 'Mass brand outreach to creators: a collab, free product or exposure, and a fit claimed in the abstract, sent to every account in the campaign.',
    instead: 'Say which piece of their content fits which product, and what you pay or give in return.',
  },

  // Urgency, scarcity and campaign calls to action.
  {
    phrase: `(act now|limited time (offer|discount|deal|pricing|only)|for a limited time|(the )?first (5|10|20|50|100|few|five|ten) *1 (get|will get|receive)|${SPOTS} are filling (up )?(fast|quickly)|filling up fast|while (supplies|spots|stocks) last|first come first served|(an )?exclusive (perks|discount|discounts|discount code|offer|offers|deal|deals|benefits|rewards|early access|pricing|bonus)|(offer|discount|deal|promotion|pricing) (ends|expires|is valid until)|(${SPOTS}|space|availability|capacity) (in|for|at) (my|our|the|this) *3 (is|are) (very |strictly )?(limited|capped|filling up)|(by )?(invitation|invite) only|(an |this )?exclusive (invitation|invite)|(a )?limited number of *1 (${SPOTS}|clients|partners|participants|companies)|(pilot|beta|founding|early access) ${SPOTS}|(limited|only a few|a few|last few|only ${FEW}) (${SPOTS}|booths|tables|exhibit space|space|packages) (are )?(left|available|remaining|remain)|(we|i) (only )?(have|got) (only )?${FEW} (more )?${SPOTS} (left|available|remaining|open)|(only |currently )?(work|working|take on|taking on|accepting|onboarding|have room for) (with )?(${FEW}|a small number of|a limited number of) (new )?(clients|people|businesses|students) (each|every|per|a|this) (month|quarter|week|year)|(the )?(perfect|ideal|right) (time|moment) to (invest|get started|start|join|buy|book))`,
    category: 'sales-pitch',
    why: 'Campaign urgency and manufactured scarcity ("only 3 spots left", "offer ends Friday") read as pressure, not information.',
    instead: 'Drop the urgency; state the real date or capacity only if it is true and matters to them.',
  },

  // Calls to action: the ask at the end of every sequence step.
  {
    phrase: '((((i|we) would love to|let me|allow me to|i would like to|we would like to|(i|we) would (love|like) (the |an )?(chance|opportunity) to) (quickly |briefly )?show you (how|what|exactly how|a *1 (strategy|plan|system|way|method|framework|trick|process|tool))|(happy to|glad to|i can|we can|i could|we could) (quickly )?show you (what we (have built|do|offer)|how (it|this|our *1) (works|could help|can help)|a *1 (strategy|plan|system|method|framework)))|(explore|discuss|see|show you|share|find out|learn|hear|talk about|explain|walk you through|understand|chat about|look at) how (we|our *1) (can|could|might|would|may) (best |potentially |also )?(help|support|assist|serve|partner with|add value to|benefit|work with)|(would you be|are you) (interested|open) (in|to) (learning|hearing|seeing|exploring|finding out) (more|how|about how|what|about (a|an|this|my|our) (side project|side hustle|business opportunity|opportunity|project))|(i am|we are|i was|just) (reaching out|writing|getting in touch) (to see |to find out )?(if|whether) you (would be|are|might be) (interested|open)|(regarding|introduce|introducing|offering|present|presenting|promote|promoting|about|to tell you about|to share) our *2 (services|solutions|offerings|packages|products and services)|(areas|ways|where|how) (in which )?(we|our (team|company|firm|agency)) (can|could|might|may) (assist|support|serve|help|add value to) (you|your (business|company|organization|organisation|team)))',
    category: 'sales-pitch',
    why: 'It asks the reader to spend time finding out whether you are relevant (a demo, hearing more, how we can help), which is your job.',
    instead: 'Say concretely how you would help them in one sentence, and ask a yes-or-no question about it.',
    structure: 'Here is ${1:concrete thing} for ${2:their case}; want the rest?',
  },
  {
    phrase: `(((our|my) (all in one |end to end |ai powered |innovative |unique |proprietary |easy to use |new )?(platform|solution|software|tool|agency|product|service|app|company|firm)|our team) (helps|can help|could help|will help|enables|empowers|allows|lets) (sales |marketing |hr |finance |it |engineering |support |recruiting |revenue |growth |b2b |saas |small |growing |busy )?(${WHO}|teams|you|your team|your company|your business)|(we|our ${PRODUCT}) make~ it (easy|simple|effortless|painless|seamless|easier|simpler|fast|quick) (for (you|your team|teams|companies|businesses) )?to ${HELP_VERB}|close (more|bigger|larger) deals( faster| in less time)?|more (traffic|leads|clicks|calls|customers) (and )?more (leads|sales|customers|revenue|calls|bookings)|(why not|ready to|are you ready to) (move forward|get started|partner|work|grow|start) with us)`,
    category: 'sales-pitch',
    why: 'Product copy pasted into a message; the recipient learns what you sell, not why it fits them.',
    instead: 'Describe the task you think they do by hand today and what it would look like with your product.',
  },
  {
    phrase: '((reasons )?why (companies|teams|businesses|brands|customers|clients|agencies|founders) (switch|are switching|move|are moving|choose|prefer) (to )?(us|our)|(are|how) (you )?(happy|satisfied) (are you )?with your (current )?*1 (provider|vendor|plan|carrier|benefits|insurance|agency|solution|setup|broker|advisor|supplier|accountant|bookkeeper|coverage|rates|conversion rate|crm|website|results|lead flow|ads))',
    category: 'sales-pitch',
    why: 'The switching question of every vendor sequence; it opens a comparison without knowing anything about their setup.',
    instead: 'Name the specific weakness you saw in their current setup and the evidence for it.',
  },
  {
    phrase: '(worth|open to|up for|game for|interested in|keen on) (a|an) (quick |short |brief |informal |casual |exploratory )?(5|10|15|20|25|30|five|ten|fifteen|twenty|thirty) (minute|min) (call|chat|conversation|demo|meeting|intro|zoom|walkthrough|walk through|intro call|discovery call|video call|phone call)',
    category: 'vague-ask',
    why: 'The default close of sales templates; the minute count makes a stranger\'s meeting sound smaller than it is.',
    instead: 'Earn the call with one useful observation, or ask a question they can answer in writing.',
    structure: ONE_QUESTION,
  },
  {
    phrase: 'worth a (quick |short |brief )?(call|chat|conversation|demo|discussion|catch up|intro call|conversation or two)',
    category: 'vague-ask',
    why: '"Worth a quick call?" is the most copied sales question; recipients answer it by not replying.',
    instead: 'End with a question about their situation that they can answer in one line.',
    structure: ONE_QUESTION,
  },
  {
    phrase: '(i can|i could|i would love to|i would be happy to|happy to|glad to|let me|we can|we could|we would love to|love to|and|time to|a chance to|the opportunity to) (quickly |briefly )?(walk|take) you through',
    category: 'vague-ask',
    why: 'The demo offer of every sales sequence; it asks for a meeting to show what the message could have said.',
    instead: 'Show the one relevant thing in the message itself: a screenshot, a number, a short clip.',
    structure: 'Here is ${1:concrete thing} for ${2:their case}; want the rest?',
  },
  {
    phrase: '(a|an) (quick|short|brief|live|personalized|personalised|tailored|custom|free|5 minute|10 minute|15 minute|20 minute|30 minute|quick 15 minute|short 15 minute|no obligation|no strings attached|complimentary|one on one|private|guided|interactive|quick live|short live) (demo|product demo|walkthrough|walk through|product tour|platform tour|tour of (the|our) (platform|product|tool|software|app)|demonstration|preview|sneak peek|trial)',
    category: 'vague-ask',
    why: 'A short demo is still a sales meeting; offered before any interest, it tells the reader they are in a funnel.',
    instead: 'Offer something they can look at now without a meeting.',
  },
  {
    phrase: '((book|schedule|grab|pick) a (free )?(time|slot|demo|call|meeting) (here|below|that works for you|that suits you|on my calendar|using my calendar|in my calendar)|(schedule|book|request|get|set up|arrange|grab|claim) (a|your) *1 (demo|product demo|demonstration|walkthrough|product tour)|(link to|here is|below is|via|using) my (calendar|calendly)|(click|use|tap) (on )?(the |this )?link (below|above|here) to (book|schedule|grab|pick|set up)|(just |simply )?(reply|respond) (with )?(yes|a yes|a quick yes|interested|yes or no)|(just |simply )?hit reply|(just|simply) (reply|respond) to this (email|message|note)|(reply|respond) to this (email|message) and (we|i) will|(grab|claim|reserve|secure|get|book|save|download) (yours|your (spot|seat|copy|free copy|place|ticket|tickets|pass|discount|invite|access|stand|booth|table)) (here|now|today|below|before|at|for)|(register|sign up|enrol|enroll|rsvp|apply) (now|here|today|below) (for|to|and|at|before|while|using))',
    category: 'sales-pitch',
    why: 'A funnel step (book a demo, grab a slot on my calendar, reply YES) asked of a stranger before any interest.',
    instead: 'Ask whether they want to talk at all, with a reason; send the link after a yes.',
  },
  {
    phrase: '(((can|could|may|shall) (i|we)|(would you )?mind if (i|we)|(is it |would it be )?(ok|okay) if (i|we)|(would you like|do you want|want|should i|shall i) (me |us )?(to )?) (send|sent|share|shoot|drop|forward|email|pass along) (you )?(over |along )?(some )?(more info|more information|(a |one )?(short |quick |brief )?case study|(some|a few) case studies|(our|the) (deck|brochure|portfolio|case studies|pricing|one pager|rate card|price list|packages|company profile|catalog|catalogue|rates)|a *2 (video|deck|overview|one pager|breakdown|loom)|a *1 (proposal|quote|quotation|estimate|audit)|(a few |some |a couple of )?(profiles|cvs|resumes|candidate profiles)|(some |a few )?(examples|samples) of *2 (work|results|leads|campaigns|designs|projects)|(some |a few )?(sample leads|samples))|(send|share|forward|email) (you )?(our|the|my) (latest |updated |full )?(price list|pricing|prices|rates|rate card|quotation|quote|packages|company profile|catalog|catalogue|brochure)|(i|we) (can|could|will|would be happy to|am happy to) (send|share|email|prepare|put together) (you )?(a|an|our) *1 (audit|audit report|seo report|proposal|quote|quotation))',
    category: 'sales-pitch',
    why: 'Offering collateral (a deck, a case study, a quote) postpones the point to an attachment nobody asked for.',
    instead: 'Put the one most relevant fact from that material in the message.',
  },
  {
    phrase: '((are you|would you be) the (right|best|correct|appropriate) person to (speak|talk|chat|connect) (to|with)|(are you|is this|would you be) the (right |best |correct |appropriate )?(person|one|contact|decision maker|point of contact) (in charge of|responsible for|who handles|who makes|who oversees|who manages|who decides on|that handles|that makes))',
    category: 'vague-ask',
    why: 'It asks the recipient to do your research on their own org chart.',
    instead: 'Say why you think they are the right person, so they only have to confirm or redirect.',
    structure: 'You seem to own ${1:area}, so I am writing about ${2:topic}.',
  },
  {
    phrase: '(who (is|would be|might be) the (best|right|appropriate|correct) person (to (speak|talk|chat) (to|with)|to reach out to|to contact|(to talk to )?(about|for|regarding)|in charge of|responsible for)|who (handles|makes|owns|oversees|manages|decides on|signs off on) (the )?(vendor|purchasing|buying|procurement|software|tech|tooling|budget|it) (decisions|purchases|spend|selection)|who (handles|owns|is responsible for|oversees|manages|takes care of|looks after) *3 (at|for|in) your (company|organization|organisation|team|business)|who (handles|is responsible for|oversees|manages|takes care of|looks after|is in charge of|decides on) (your |the )?(payroll|benefits|marketing|sales|it|hr|procurement|purchasing|partnerships|recruiting|hiring|operations|finance|accounting|security|seo|social media|vendor selection|insurance|technology|website|events)|((if|in case) (you are|you would be) not the|(i am )?(guessing|wondering if|thinking) you (are|might be|may be)( not)? the|(you|which) (may|might) not be the|(forgive me|my apologies) if (you are|this is) not the|(if|in case) there (is|might be) (a |someone |somebody )?(better|more appropriate|more relevant)|(if|in case) (i have |i )?(got|reached|contacted|emailed) the (wrong|incorrect))( right| best| correct| appropriate| better)? (person|contact|point of contact|person to (contact|speak to|talk to)|department|team|inbox))',
    category: 'sales-pitch',
    why: 'Asking who handles this turns the reader into a switchboard and admits the message went out without knowing who would read it.',
    instead: 'Find the owner yourself, or name the role and the decision so a forward takes one click.',
  },

  // Sympathy, values and flattery set-ups.
  {
    phrase: '(we *1 (understand|know|appreciate|realize|realise) (how|just how) (challenging|difficult|hard|tough|stressful|time consuming|overwhelming|frustrating|costly|complex|demanding|hectic) *3 (can be|can get|has become|must be)|we *1 (understand|know|appreciate|realize|realise) (that )?*4 (can be|can get|is often|are often|often becomes) (a (real |huge )?)?(time consuming|challenging|difficult|overwhelming|stressful|headache|hassle|pain|costly|complex|frustrating|nightmare|struggle|burden))',
    category: 'sales-pitch',
    why: 'Sympathy for a struggle the sender has only assumed; it is the warm-up line of staffing and service templates.',
    instead: 'Name the specific difficulty you saw at their company and how you know about it.',
  },
  {
    phrase: '((someone|people|leaders|professionals|individuals|those|companies|businesses) (who|that) (truly |genuinely |really |deeply )?(care~|(is|are) passionate|value~|believe~) (about|in) (making a *1 difference|community|community impact|social impact|giving back|impact|the community|sustainability|their community|making an impact|doing good|the planet)|(i|we) (wanted|want|would like) to personally (invite|reach out|extend|welcome|introduce))',
    category: 'sales-pitch',
    why: 'Values flattery and "personal" invitations are the warm-up of appeals sent to a list; nothing in them is about the reader.',
    instead: 'Name what the reader has done that made you think of them, then the ask.',
  },
  {
    phrase: '((support~|help~|guide~|partner~ with|accompany|join|walk alongside) *2 (on|along|through|throughout) (this|your|their|the) (exciting |growth |next |transformation )?(journey|growth journey|next chapter|next phase)|(shape~|build~|redefine~|reimagine~|reinvent~|define~|pioneer~|transform~|leading|change~) the future of)',
    category: 'sales-pitch',
    why: 'Journey and vision talk from vendor copy; it claims a part in their story without saying what you would actually do.',
    instead: 'Say the one concrete thing you would do for them next.',
  },

  // Ideas, videos and resources promised instead of given.
  {
    phrase: `((i|we|our team) (would|will|can) (love|like|be happy|be glad) to (share|send|offer|put together|run by you) (you )?(a few|some|a couple of|two|three|2|3) *1 (ideas|thoughts|suggestions|recommendations|strategies|tips|insights|quick wins)|(a few|some|three|3|a couple of|two|2) *1 (recommendations|ideas|suggestions|fixes|tips|quick wins|improvements) (for|on|to improve) your (${PAGES}|marketing|app|business|brand|listing|social media|content|outreach)|(i|we) (recorded|made|put together|created|filmed|prepared) (you )?(a |an )?*2 (loom|video|walkthrough|teardown|breakdown|audit|mockup|demo|screen recording) (for you|just for you|for your (team|company|business|site|website)|walking|showing|of your|on your|about your)|(recorded|filmed) (you )?(a )?*2 (video|loom) (audit|walkthrough|review|teardown)|(made|built|created|put together) something (that )?(will|could|might) help (you )?with (that|this|it)|(share|sharing|send) something (that )?(you )?(might|may|could) (find )?(be )?(useful|helpful|valuable|interesting)|(regardless|irrespective) of whether (we|you) (ever )?(connect|talk|work together|speak|chat|buy|reply)|(i )?(thought|figured) (you|your team) (might|may|would) (find (this|it) *1 (valuable|useful|interesting|helpful|relevant|of interest)|get *1 value (from|out of) (this|it))|(relevant|useful|valuable|helpful) (to|for) (you and )?(your|companies in your|businesses in your) (space|industry|niche|sector|vertical|role|market|field))`,
    category: 'sales-pitch',
    why: 'Ideas, a video or a "useful" resource announced instead of given; the reader has to reply to learn whether it concerns them.',
    instead: 'Put the single best idea in the message, in one sentence, with what it would change for them.',
    structure: 'One idea: ${1:concrete idea} would ${2:result for them}. Want the other two?',
  },

  // Events, awards and attendee lists.
  {
    phrase: `((sponsorship|sponsor|exhibitor|exhibition|booth) (packages|package|tiers|prospectus|opportunities available)|(sponsor|exhibit|exhibiting|have a booth) (at|in) our *1 (event|expo|summit|conference|show|fair)|(stop by|drop by|swing by|visit|see you at|meet (you )?at|find us at) (our |my )?(booth|stand)|early bird (pricing|rate~|discount|ticket~|registration|deadline)|(meet|connect) with (our|my) *2 (at|during) (the )?(show|event|conference|expo)|winners will be announced|(gala dinner|black tie (ceremony|dinner|gala)|awards (ceremony|night|gala))|(over|more than|an expected|expected|up to) *3 (executives|decision makers|attendees|delegates|buyers|visitors) (will be attending|attending|in attendance|are expected)|(brings|bringing|will bring|gathers|unites) together *3 (leaders|executives|decision makers|professionals|innovators|founders|ceos|experts)|(verified|updated|opt in|accurate) (contact|email|mailing|attendee|b2b) (list|lists|database|data)|(database|databases|list|lists) of (qualified|targeted|verified|opt in|b2b) (leads|contacts|prospects|decision makers)|(send|share) (you )?(the )?(counts|record counts|list counts) (and|with) (pricing|price|cost)|(get~|getting|put|putting) (you |your *1 )?in front of *3 (${DECIDERS}|audience|audiences|clients|customers)|(reach|access|connect with|engage with) (thousands of|hundreds of|over|more than|top|key|senior|qualified|the right) *2 ${DECIDERS}|(our|my) (magazine|publication|newsletter|podcast|show|channel|platform|network|community|list|event) (reaches|has|boasts|attracts) (over|more than|nearly|up to|an audience of) *3 (${AUDIENCE}|decision makers|executives|visitors|attendees|downloads)|(your )?(community|audience|following|telegram|discord) (is not|are not) (big|large|active|engaged) enough|(kol|ama|telegram growth|community growth|shill|presale) (marketing|campaign~|package~|promotion~|services))`,
    category: 'sales-pitch',
    why: 'Event and list sales (booths, sponsorship packages, attendee counts, reach to decision makers) sent to every company that might pay.',
    instead: 'Say who exactly attends or reads, with a number, and why they are the reader\'s buyers.',
  },
  {
    phrase: '((you|your *1) (have|has) been *1 (selected|chosen|nominated|shortlisted|recognized|recognised|handpicked|featured|named|listed) (as|for|to|among|in|by)|(delighted|pleased|happy|thrilled|honored|honoured|proud) to (inform|notify) you|it is (our|my) *1 (pleasure|honor|honour|privilege) to (invite|inform|announce|welcome|nominate)|on behalf of the (organizing|organising|scientific|program|advisory|editorial|selection|awards) (committee|board|panel)|(cordially|warmly|formally) invite~ you|in (recognition|honor|honour) of your *1 (contribution~|achievement~|work|leadership|excellence)|(outstanding|exceptional|remarkable|top|leading|visionary|inspiring|influential) (leaders|achievers|professionals|companies|innovators|women|executives|entrepreneurs) (who|that|across|in|from)|(prestigious|esteemed|renowned|elite|exclusive) (award|awards|summit|conference|congress|journal|list|gala|ceremony|roundtable|council|forum)|(submit|confirm|accept|claim|finalize|secure) your (nomination|entry|listing|award|honoree status|spot on the list)|(outstanding|remarkable|incredible|tremendous) (achievement|accomplishment) for you and your (team|company|business)|(honored|honoured) to (honor|honour|recognize|celebrate) you|official (honoree~|nominee~|finalist~)|(commemorative|custom|personalized) (certificate~|plaque~|trophy)|display (it |this )?(at|in) your (place of business|office|lobby)|(download|claim) (your |the )?(press release|award logo|award badge)|(reflects|is a reflection of) the (hard work|dedication) of (you and )?your (team|staff)|(panel|committee|board) of *1 (experts|executives|judges) (has |have )?(select~|chose|chosen|determine~|review~)|your (brand|logo|company|name) (would|will) be (featured|displayed|showcased) *1 (across|on|in) (all )?our (channels|social media|website|newsletter)|(small|modest|nominal|one time|token) (fee|contribution|charge) (to cover|towards|which covers)|top (10|20|25|30|40|50|100) *2 (ceos|leaders|companies|startups|women|entrepreneurs|executives|founders|to watch))',
    category: 'sales-pitch',
    why: 'Vanity-award wording: an honour nobody applied for, in ceremonial words, followed by a fee or something to buy.',
    instead: 'Say who decided what, on what basis, and whether anything costs money, up front.',
  },

  // Investor and founder pitches.
  {
    phrase: '((a|an) *1 (investment|co investment) (opportunity|opportunities)|(guaranteed|high|attractive|double digit|passive|monthly|fixed|steady) (returns|yields|dividends|passive income)|(we are|things are|it is) moving *1 (fast|quickly) on (this|the|our) (round|raise|deal|allocation)|(saved|reserved|set aside|kept) (a )?(small |limited |final )?(allocation|spot|portion) (of the round )?for *1 (investors|angels|partners|operators)|(almost |nearly |already )?(oversubscribed|fully subscribed)|add~ you to (our|my) *1 (investor )?(update~|update list|newsletter|mailing list|distribution list)|(we are|i am) (currently )?(raising|closing|opening) (our|a) (pre seed|seed|series a|series b|bridge|angel|first) (round|raise)|(strong|great|amazing|incredible|significant|impressive|massive|early) traction|(backed by|commitments from|interest from|funded by) (top|leading|notable|prominent|well known|tier 1|top tier) (angels|investors|vcs|funds|operators)|(building|working on|onto) something (really |truly )?(special|big|huge|exciting|massive|game changing))',
    category: 'sales-pitch',
    why: 'Fundraising clichés (strong traction, a hot round, unnamed backers) press the reader without saying what the company does.',
    instead: 'Name the company, the round, the terms and why this investor in particular should look.',
  },

  // Financial, insurance and family-protection pitches.
  {
    phrase: "((you have |you )?(worked|work) (so |really )?hard to (build|grow) (what you have|your (business|company|practice|wealth|legacy)|all (of )?this)|(protect~|safeguard~|secure~|preserve~) (what you (have )?built|your (family|family's future|legacy|assets|wealth|income|future|loved ones|retirement|nest egg))|(give~|bring~|provide~) (you |your family )?(complete |real )?peace of mind|(make sure|ensure) (that )?your (family|loved ones|business) (is|are) (protected|taken care of|covered)|(reach|achieve|secure|plan for) your (long term )?(financial|retirement|investment) (goals|future|freedom|dreams)|(on track|ready|prepared) (to|for) (retire|retirement)|retire (comfortably|early|on your own terms|with confidence)|(have you|when did you last) (reviewed|review|checked|check|compared|shopped) your (*1 insurance|coverage|rates|retirement plan|portfolio|benefits package)|when (was|is) the last time (you|your (team|company|business|family)) (reviewed|looked at|checked|audited|compared|shopped)|(find|get) you (a )?(better|lower|cheaper|the best) (rate|rates|price|deal|premium|quote)|(clients|customers|homeowners|families|people) (are|were) *1 (surprised|shocked|amazed) (by|at|to (learn|see)) how (much|quickly|easy|little)|attract and retain *1 (talent|employees|staff)|(affordable|low cost|competitive|comprehensive) (group )?(health|life|dental|benefits|insurance|medical) (plan|plans|coverage|options|package|packages)|(benefits|insurance|retirement|payroll|hr) solutions (that|which|to) (help|save|reduce|fit|attract))",
    category: 'sales-pitch',
    why: 'Insurance, wealth and benefits lines (protect your family, review your policy) that fit any household or employer on a list.',
    instead: 'Say what gap you actually see in their situation and how you know, or ask one plain question.',
  },
  {
    phrase: '((get |be )?(funded|approved|pre approved) (in|within) (as little as |just |under )?(24|48|72|one|two|a few) (hours|business days|days)|no (collateral|credit check|credit checks|upfront fees|hidden fees|setup fees)( (required|needed))?|minimal paperwork|(additional|extra|fast|flexible) (working capital|business funding)|(working capital|business funding|business loan|line of credit|merchant cash advance|equipment financing) for your (business|company)|(you|your (business|company|home|family|household|property)) (may|might|could|now) (qualify|be eligible|be entitled) (for|to)|(see|find out|check) (if|whether) you (qualify|are eligible)|you (have|may have|might have) (already )?(qualified|pre qualified) (for|to)|(take advantage of|qualify for|eligible for) (this|the|our) *1 (program|programme|incentive|rebate|initiative|scheme))',
    category: 'sales-pitch',
    why: 'Lending and eligibility lines ("you may qualify", "funded in 24 hours") that fit any owner on a purchased list.',
    instead: 'Say what you know about their situation that makes the offer relevant, or do not send it.',
  },

  // Property, business-sale and domain approaches.
  {
    phrase: `(((have|are|if) you|if you (have|are)) (ever )?(considered|thought about|been thinking about|thinking about|interested in|open to|considering) selling|(thought about|considered|considering|thinking (about|of)|interested in|open to|looking to|planning to) (sell|selling) your ${ASSET}|(i|we) (believe i |may )?(have|represent|am working with) (a|an|some) (qualified |serious |motivated |cash )?(buyer|buyers|purchaser) (for|interested in|looking|who)|(want|would like|looking|would love|need|needs) to (buy|purchase|acquire) your (house|home|property|land|domain)|represent (a|an) (businessman|buyer|investor|party|individual) (who|that|interested|looking)|(put~|list~) your (home|house|property) (on the market|up for sale|for sale)|(could|may|might) be worth more than you (think|realize|expect)|(bother|deal) with (any )?(repairs|showings|realtors|agents|commissions)|help (to )?(resolve|relieve|ease) your (current |financial )?(obligations|burden|debt|debts)|(entertain|consider|accept|hear) (an|a|any) *1 offer (on|for) your ${ASSET}|(is|would) your ${ASSET} *4 (for sale|on the market)|(what|how much) your ${ASSET} (is|could be|might be|may be) (worth|valued at)|(buyers|investors|families) *3 (looking|interested|searching) (to buy )?in your ${AREA}|(specialize~|specialise~) in (homes|properties|real estate) in your ${AREA}|(homes|houses|properties|listings) in your ${AREA} (are|have been) (selling|going|moving|in high demand|in demand)|now (is|might be|may be) (the|a) (perfect|great|good|ideal|right) time to (sell|buy|refinance|invest|list|act)|(if you are|are you) thinking (about|of) (making a move|upsizing|downsizing|refinancing)|help~ (families|business owners|homeowners|retirees|high earners|physicians|employers) (plan|prepare|save|protect|retire|reduce|minimize|maximize) (for|their|more|less|the|a|on))`,
    category: 'sales-pitch',
    why: 'Prospecting lines of buyers, agents and advisors (a buyer for your home, what it is worth) mailed to every owner on a list.',
    instead: 'Say which property or business, why this one, and who the buyer is, or send nothing.',
  },
  {
    phrase: '((a |an |my |our )?(fair |fast |quick |all |no obligation |competitive |firm |guaranteed )?cash offer~|we buy (houses|homes|properties|land|businesses)|(pay|paying|offer|offering) (all )?cash for (your )?(homes|houses|properties|home|house|property|land)|(buy|purchase|take) (your|the) (home|house|property|land|building) (for cash|as is|in any condition)|(sell|buy|purchase|take) *3 (as is|in any condition|regardless of (its |the )?condition)|no (repairs|commissions|realtor fees|agent fees|closing costs|showings|cleaning)( (needed|required|necessary))?)',
    category: 'sales-pitch',
    why: 'The stock terms of cash-buyer mail; owners recognise the template on sight.',
    instead: 'Say who you are, why this property, and what you would actually pay or do.',
  },
  {
    phrase: '((the )?(com|net|org|io|co) version of your (domain|domain name|website|site)|(returning|coming back|going back|released) (back )?(to|on|into) the (open )?market|(give|offer) you (the )?(first|an early) (chance|opportunity|option) to (secure|buy|purchase|acquire|grab|own|claim|reserve))',
    category: 'sales-pitch',
    why: 'Domain-resale wording sent to every owner of a similar name; the name is often unregistered until someone bites.',
    instead: 'Check the registry yourself; if you must write, say what the name is and what you want for it.',
  },

  // Business-opportunity, coaching and side-income recruiting.
  {
    phrase: '((open to|interested in|looking for|earn~|earning|make|making|build~|have|create~) (some |an |a )?(extra|additional|passive|side|residual|multiple|second|part time) (income|cash|money|income stream~|stream~ of income)|(make|making|earn~|earning) (an |some )?extra *1 (a|per|every) (week|month|day)|(new|additional|second|passive|side) (income stream~|stream~ of income|source~ of income)|(earn~|earning|make|making) (money|an income|income|cash) (from home|from your phone|from anywhere|on the side|in your spare time)|((i|we) have (a|an) )?(amazing|incredible|exciting|lucrative|great) business (opportunity|opportunities)( for you)?|ground floor opportunit~|(be|become|being) your own boss|fire your boss|(financial|time) freedom|(unlimited|uncapped|huge) (income|earning|earnings) potential|set your own (hours|schedule)|(business|opportunity|company|product|products|program|community|side hustle|system|course) (has )?*1 (changed|transformed) (my|our) (life|lives)|(start~|looking for|open to|interested in) a side hustle|life changing (company|product|products|opportunity|business|system|supplement|shakes)|(life|lifestyle|income|freedom|body) you (have )?(always )?(dreamed of|dreamt of|deserve|always wanted)|(break free|escape|quit|ditch) (from )?(the |your )?(9 to 5|nine to five|rat race|daily grind)|imagine (waking up to|earning|never having to|retiring|quitting|working from anywhere)|(their|your) (health|fitness|wellness|weight loss) journey|(a |an )?(amazing|great|wonderful|supportive|awesome) (group|community|tribe) of (women|ladies|moms|mums|mamas|like minded *1) (supporting|who support|helping|lifting)|(fit club|fitness challenge|accountability group|weight loss challenge)|not a (pyramid scheme|scam|get rich quick scheme)|(no|do not need any|without any) (prior )?(sales )?experience (is )?(needed|necessary|required)|(full|complete) training (is )?provided|we provide (full |complete |all the )?training|(want|looking for|ready for|deserve) more (out of life|from life|freedom|time with (their|your) (family|kids))|(what|something) i (have been|am|started) doing on the side)',
    category: 'sales-pitch',
    why: 'Side-income and lifestyle promises from network-marketing scripts; they describe no job, product or pay.',
    instead: 'If the offer is real, name the company, the role and what it pays.',
  },
  {
    phrase: `(((it is |this is )?not for everyone but )?if you are (open minded|coachable|hungry for (more|change|success)|serious about (changing|making|building|growing|your (future|finances|health)))|(looking for|seeking|recruiting|hand picking|handpicking|adding) (a few |a couple of |some |2 |3 |5 |two |three |five |few |more )?(more )?${TRAITS} ${RECRUITS}( to join)?|(are you|would you say you are|you seem (like )?|you strike me as) (an |a )?(open minded|coachable|entrepreneurial|ambitious|driven)( person| type)?|(keep|with) an open mind|you (just )?(have|had|have got) (that|this|the) (spark|drive|x factor|it factor|entrepreneurial spirit|hustle)|you would (crush it|kill it|smash it|rock it|be (so |really )?(great|perfect|amazing|a natural) (at|for) (this|it))|(building|growing|expanding|adding to) (a |my |our )?team of ${TRAITS} ${RECRUITS})`,
    category: 'sales-pitch',
    why: 'Recruiting flattery for "motivated, open-minded people" before any offer is named; the standard post of team-building schemes.',
    instead: 'Say what the business is, who runs it and what the reader would do and earn, and why you thought of them.',
  },
  {
    phrase: '((ready to|want to|time to) (transform|change|upgrade|level up|take control of|reclaim) your (life|career|business|health|body|finances|mindset|future)|are you (tired|sick|fed up) of|help you (land|get|find) your dream (job|role|career|clients)|(scale|grow|build|double|lose weight|get fit|get in shape|land clients|sign clients|get clients|get more clients|make money|earn) *3 (with ease|effortlessly|without (burning out|burnout|the (overwhelm|stress|guesswork|hustle|grind))|without (giving up|sacrificing|spending hours|paid ads|cold calling|posting every day|dieting|counting calories)|without (working|putting in) (more|longer|extra) hours|while working less|in less time|on your own terms))',
    category: 'sales-pitch',
    why: 'The hook and ease promise of coaching and course ads; it describes a feeling, not anything you would do.',
    instead: 'Say the first concrete thing you would change for them, and how long it took for a client like them.',
  },

  // Appeals.
  {
    phrase: '((every|any) (gift|dollar|donation|contribution|bit|penny|little bit|signature) (truly |really |still )?(counts|matters|helps|makes a *1 difference)|(your|their) (generous |kind )?(support|generosity|gift|donation|contribution|kindness) (today |this year |now )?(will |can |could |would |truly |really )?((make|makes|made) (it all |all of this |this |our work |everything )?(possible|a *1 difference)|(help|helps) (us )?(provide|fund|support|reach|feed|save|change|give)|(change|changes|save|saves|transform|transforms) lives|go a long way)|your (gift|donation|contribution) (today |this year |now )?(will|can|could|would) (change|save|transform|make|provide|feed|give)|(please )?(give|donate|contribute) generously|(a )?(gift|donation|contribution) of any (amount|size)|join us (today )?with a (gift|donation))',
    category: 'sales-pitch',
    why: 'Appeal-letter wording sent to the whole donor file; it does not say what this person has supported before.',
    instead: 'Say what their earlier gift or involvement did, what the next one would do and the amount you hope for.',
  },

  // Cold-email devices: disclaimers, drop-ins and shop offers.
  {
    phrase: '((i want to open with|i will be (direct|upfront|honest)|full disclosure|let me be (upfront|clear)) *2 (this is|i am not)|given your (current )?(role|position|title|seniority) *3 (i )?(thought|figured|assumed) (that )?(you|this)|(this is not|this is|it is not|i promise this is not|not) (another |a |your typical |a typical |the usual |just another |one of those )?(sales|cold|spam|marketing|generic|mass|automated|templated|canned) (email|message|note|outreach)|i am (not|no) (a )?(sales person|salesperson|salesman|saleswoman|sales rep|bot|spammer))',
    category: 'sales-pitch',
    why: 'Announcing that this is, or is not, a sales email is itself a line from cold-email playbooks.',
    instead: 'Drop the disclaimer and make the first sentence about them.',
  },
  {
    phrase: '((would love|would like|want|happy|hoping) to (stop|drop|pop|swing) (by|in)( (your|the) (office|store|shop|clinic|practice|restaurant))?|i (will|am going to) be in your (area|neighborhood|neighbourhood|city|town|part of town) (next week|this week|soon|tomorrow|later this week|next month))',
    category: 'sales-pitch',
    why: 'The field-sales drop-in line; it is sent to every account in a territory before a visit.',
    instead: 'Say why a visit to this office in particular is worth their time, or ask a question they can answer by email.',
  },
  {
    phrase: '((from|take your) (idea|concept) to (launch|reality|market|mvp)|turn (it|your (idea|vision|app idea|concept)) into (a )?reality|(an |your )?app idea|(we|we can|we would love to|let us|we will|i can|i would love to) (build|develop|design|create|launch|produce) (you |for you )?(your|a|an) *1 (app|mobile app|website|web app|mvp|platform|online store|ecommerce store|landing page|video|explainer video|logo|brand identity)|explainer video~|(we are|i am) a (creative|video|content|design|animation|branding|production|web|digital) (studio|agency|house|team|shop)|seo (optimized|optimised|friendly|rich) (content|articles|blog posts|copy)|(feature|cover|include|mention|review) (this|it|us|our (product|app|brand|launch)) (in|on) (a|your) (review|post|roundup|round up|newsletter|story|article|video|gift guide))',
    category: 'sales-pitch',
    why: 'A production-shop offer that could be pasted to any company; nothing shows the sender looked at what this one needs.',
    instead: 'Point to the page, product or campaign of theirs you would improve, and how.',
  },
];
