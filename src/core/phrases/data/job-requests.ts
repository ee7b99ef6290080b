// Job asks any applicant could send anyone ("is your team hiring", "kindly refer me for any suitable role"): they name no role and give no reason, so the recipient would have to search their own job board on the sender's behalf.
//
// Borderline choices, so a personal job ask rarely trips them:
// - "opening", "role" or "position" alone is never a pattern. A good ask names the opening ("the Staff SRE opening
//   on your team's page"), so role patterns need a generic frame in front: "any", "a suitable", "some".
// - "refer me" alone is left out: "could you refer me for the Staff SRE role (req 4411)?" is a fine ask. Only
//   "kindly refer me" and "refer me for any / a suitable role" are listed.
// - A plain "I've attached my resume" is left alone (it is a fact); only the cover-letter formula "for your kind
//   consideration" is listed. "Please find attached" is in closers.ts.
// - Being open to work or looking for a job is only listed in the sender's own voice ("I am looking for a new
//   job"); the recruiter question "are you open to new opportunities" lives in recruiter.ts.
// - Self-descriptions ("I am a motivated, detail-oriented graduate", "my skills make me a great fit") are listed
//   only in the first person, so a job ad's requirement list is not read as an applicant's claim. Job requests
//   are never reported in a note that names a personal detail, so these can be broad.
// - The cover-letter formulas ("writing to express my interest", "please find my resume attached", "a passion for
//   continuous improvement", "with over 8 years of experience in") are listed here rather than in closers.ts so they
//   are forgiven, like other job asks, in a note that names the role and a detail.
// - "Quick learner", "passionate about", "thank you for considering my application" and "let me know if there
//   are any updates" live in buzzwords.ts, closers.ts and follow-ups.ts; the entries here stop short of them.
import type { PhraseEntry } from '../types.js';

/** The usual replacement: the named opening, one relevant fact and one question. */
const NAME_THE_OPENING = 'Hi ${1:first name}, I saw the ${2:role} opening (${3:req id or link}); I ${4:relevant thing you did}. Could I ask ${5:one question}?';
/** For a search with no target: the role, field, place and one proof. */
const WHAT_YOU_WANT = 'I am looking for a ${1:role} role in ${2:field or team type}, ideally ${3:place or remote}; I have ${4:one proof}.';
/** What an employer is, in a job ask: "your team", "the company". */
const ORG = '(team|company|organization|organisation|firm|startup|department|org|group)';
/** The job words of a job ask, singular and plural. */
const OPENINGS = '(roles|role|positions|position|openings|opening|opportunities|opportunity|vacancies|vacancy|jobs|job|internships|internship)';
/** What an applicant offers: "my skills", "my background". */
const SKILLS = '(skills|skill set|skillset|experience|background|expertise|qualifications|profile|abilities|knowledge)';

export const jobRequestPhrases: readonly PhraseEntry[] = [
  // Asking whether they hire at all, or about "any openings".
  {
    phrase: `((does|do|would) (your|the) ${ORG} *2 have any *1 ${OPENINGS}|(is|are|if|whether) (your|the) ${ORG} *2 (hiring|recruiting|taking on (people|candidates|interns|freshers|graduates))|(are|if|whether) (you|you guys|they|you all) *2 (hiring|recruiting|looking for (interns|graduates|freshers|new hires|juniors|new team members))|(are there|is there) any *1 ${OPENINGS} *2 (at|in|on|with|within) (your|the) ${ORG}|(see|know|find out|check|wondering|wonder|curious|ask|let me know|inquire|enquire) (if|whether) (there|you|your (team|company)|anything) *3 any *1 (${OPENINGS}|requirements)|(you|your (team|company)) (have|might have|has|currently have) any *1 (openings|opening|vacancies|vacancy|positions|roles|internships|internship|jobs)|(inquire|enquire|ask|check) (about|regarding) (any|available|open|current|possible|potential|suitable|vacant|upcoming) *1 ${OPENINGS}|((learn|hear|ask|find out|know) about )?(opportunities|openings|vacancies|positions|roles|jobs) (at|with|within|in) your (esteemed |reputed )?${ORG}|(about|discuss|regarding) (any|current|open|available|upcoming|potential|future|new|existing) *1 (openings|opening|roles|opportunities|positions|vacancies|jobs)|interested in (any|all) *1 (roles|positions|openings|opportunities|vacancies|jobs))`,
    category: 'job-request',
    why: 'Whether a company hires is on its careers page; asking a stranger leaves them to guess what you want.',
    instead: 'Look up the openings first and ask about the one that fits you.',
    structure: NAME_THE_OPENING,
  },
  {
    phrase: `((review|check|look at|look over|have a look at|go through|glance at) my *1 (profile|resume|cv|résumé|linkedin|portfolio) (and (let me know|see|tell me) (if|whether)|for (any )?(suitable|relevant|open|available|matching|potential) ${OPENINGS})|(any|a|some|suitable|relevant) *1 ${OPENINGS} *3 (suit~|fit~|match~|align~ with|suitable for|a good fit for|relevant to) (me|someone (like me|with my ${SKILLS})|my (${SKILLS}|resume|cv|interests))|((working on|hiring for|recruiting for|trying to fill|looking to fill|know of|come across|hear of) )?any (new |open |current |upcoming |relevant |suitable )?(roles|positions|openings|searches|requisitions|reqs|opportunities|vacancies|mandates|jobs) (that |which )?(might|may|could|would) be (a *1 (fit|match)|relevant|suitable|of interest|worth (exploring|a look))|(if|when|should|in case) (any|an|a) *1 ${OPENINGS} (that )?(comes up|opens up|come up|open up|become~ available|is available|are available|arises|arise|fits my profile|suits my profile|matches my profile)|(if|when|should|in case) (anything|something) (suitable|relevant|appropriate|that fits|matching|fitting|interesting|in my (field|area)) (comes up|opens up|comes along|arises|becomes available|turns up|crops up|pops up)|(if|should|in case) there (is|be|are) (anything|something|any openings|any roles|any opportunities) (suitable|relevant|appropriate|available|that fits|open|coming up|matching|that (might|would) suit me)|if you (hear|come across|know|learn|think) (of|about) (anything|something|any openings|any roles|any opportunities)|(keep|have) me in mind|((consider|keep) me|(consider|keep|review) my *1|be considered|stay on your radar|be kept in mind) *2 (for|about|regarding|if there are|when there are) (any|all|a|an|future|upcoming|other|similar|suitable|relevant) *1 (${OPENINGS}|requirements)|(love|like|welcome|appreciate|grateful for|happy|delighted|thrilled|honored|honoured) (the (opportunity|chance) )?to be considered|(looking for|need~|hiring|want~) (someone|somebody|a person|people) with my ${SKILLS})`,
    category: 'job-request',
    why: 'It asks the reader to match your profile to openings, or watch for them, with nothing to match on.',
    instead: 'Describe the role you want in one line, or name the opening and the part of your background that fits it.',
    structure: WHAT_YOU_WANT,
  },
  {
    phrase: 'any (leads or referrals|leads|job leads|referrals|referral|pointers|openings|opportunities|references|contacts|guidance|help or guidance|help or advice|advice or guidance) *3 (would be|will be|is|are) *1 (appreciated|helpful|welcome)',
    category: 'job-request',
    why: 'An open call for leads asks the recipient to think of jobs for you without telling them what kind.',
    instead: 'Ask for one specific lead: an introduction to a named team or an answer about one role.',
    removal: 'sentence',
  },

  // Referrals and help with no role in them.
  {
    phrase: `(((would|could|will) you be (open|willing|able|happy|comfortable) to|would you mind|would you consider|could you possibly|possibly|perhaps|maybe) (refer~|recommend~|put in a referral for|putting in a referral for|put in a (good )?word for|putting in a (good )?word for|pass my (name|resume|cv|profile) (along|on)|passing my (name|resume|cv|profile) (along|on)|vouch for|vouching for) me|(refer|recommend) me (for|to|in|at|into) ((any|some|your) *1|(a|an) (suitable|relevant|matching|fitting|good|appropriate|available|open)) (${OPENINGS}|${ORG})|kindly (refer|recommend|consider|shortlist|review|go through|find|forward|check|look at|look into) (me|it|the same|the attached|the attachment|my (profile|resume|cv|résumé|application|candidature|details))|(seeking|looking for|asking for|requesting|request|need|want|hoping for|get|getting) (a |your )?(job )?referral (at|in|for|from|to) (your *1 ${ORG}|you|(the|a|an) *3 (role|position|opening|job|internship) (at|in|with) your ${ORG}|any *1 ${OPENINGS})|(open|willing|comfortable) to (refer~|vouch for) me|(put|putting) in a (good )?word (for me )?with (the|your) (hiring manager|hiring team|recruiter|recruiters|hr|team|manager)|(chance|way|possibility) (that )?you (could|can|would|might) (refer|recommend|help|consider) me|(my|the) (resume|cv|résumé) (and|along with|with|plus) (the )?(job (id|ids|link|links|posting|description|code|number)|requisition (id|number)|req (id|number)|role link)|(forward|pass|share|send) my *1 (on )?(to|with) (the |your )?(hiring manager|hiring managers|hr|hr team|hr department|recruiter|recruiters|recruiting team|recruitment team|hiring team|talent team|concerned (person|team|department)|relevant (person|team|people|department)|right (person|people|team)))`,
    category: 'job-request',
    why: 'A referral for no particular role is one the recipient cannot submit: every referral starts with a job.',
    instead: 'Send the exact job link and one line on why you fit it, so the referral takes them a minute.',
    structure: 'Could you refer me for ${1:role} (${2:job link})? I ${3:one line on why you fit}; resume attached.',
  },
  {
    phrase: '((help|guide|support|assist) me (in|with|on|through) (my|the) (job search|job hunt|job hunting|career search|placement|job seeking)|(help|guide|support|assist) me *2 (get|land|find|secure|obtain|getting|finding|securing|landing) *2 (referral|job|jobs|role|position|interview|internship|opportunity|opening|placement)|(assistance|help|support|guidance) (in|with) (securing|getting|finding|obtaining|landing) (a|an|any|suitable) (position|job|role|internship|placement|employment|opportunity)|(anyone|anybody|someone|somebody|anyone else|someone else) (that |whom |who )?i (should|could|might|ought to|can) (talk|speak|reach out|connect|chat|get in touch))',
    category: 'job-request',
    why: 'Help with a whole job search is an open-ended errand that strangers rarely take on.',
    instead: 'Ask for one small step: an answer, an introduction to a named person, or a referral to a linked role.',
  },

  // Announcing the search without a target.
  {
    phrase: `((i am|i have been|i|graduate|grad|fresher|student|professional|engineer|developer|analyst|candidate) *1 (looking|searching|seeking|hunting|on the lookout|on the hunt|in the market|on the market|on the job market|back on the market|job hunting|job searching) (for )?(a |an |my |the )?(new |next |fresh |full time )?(job|jobs|employment|work|role|roles|position|positions|challenge|challenges|internship|internships|job opportunities|career opportunities|opportunity|opportunities|chapter|career move|gig)|(looking|searching|seeking|hunting|on the lookout|on the hunt) for ((new |job |career |exciting |fresh |employment |internship |full time |entry level |growth )?(opportunities|opportunity)|(my|a|the) next (role|opportunity|position|job|challenge|career move|step|chapter|adventure|gig))|(looking|searching|seeking|applying|hunting) for (a |an |any |my )?(entry level|fresher|junior|graduate|internship|intern|trainee|first) (role|job|position|opportunity|opportunities|roles|jobs|positions|openings)|(open to|exploring|considering|pursuing|looking at|weighing|evaluating|seeking out) (new|other|fresh|external|next|exciting|different|potential|my next|the next|a new) *1 (opportunities|opportunity|roles|role|positions|position|challenges|challenge|options|steps|step|chapter|move|employment|work)|i am *1 (open to|exploring|considering|pursuing) (opportunities|roles|positions|work|employment)|open to (opportunities|roles|positions) (in|within|across)|applied (for|to) (a few|several|multiple|many|some|a couple of|various|numerous|a number of) (roles|positions|jobs|openings|opportunities|vacancies))`,
    category: 'job-request',
    why: 'Saying you are looking for a job or open to opportunities names no role the reader could match or pass on.',
    instead: 'Say what job: the role, the kind of team, the place, and one thing you have done that fits.',
    structure: WHAT_YOU_WANT,
  },
  {
    phrase: '((ready|willing|open|happy|eager) (to (work|start|join|take up) (in |on )?any|for any|to any) (role|position|shift|location|domain|department|field|capacity|job|kind of (role|work|job)|type of (role|work|job)|opportunity|opportunities|opening|openings|work|offer)|need (a|this|any) (job|role|position|internship|opportunity)|(can|could|am able to|am ready to|am available to) (join|start) (immediately|right away|at short notice|asap|on short notice|from day one)|(ready|willing|open|happy|able) to relocate|(do not|never) forget (me|about me)|your (humble|obedient|faithful|loyal) (servant|student|applicant)|(desperate|desperately looking) (for|to find|to get) *1 (job|work|role|employment|opportunity)|(no|without a|can not find a|cannot find a|unable to find a|struggling to find a) (job|employment|role) *2 help)',
    category: 'job-request',
    why: 'Urgency, pleading or openness to anything says you need a job, not which job you could do for them.',
    instead: 'Name one role you are a good fit for and the result that proves it; a clear ask is easier to help with than a plea.',
    structure: WHAT_YOU_WANT,
  },
  {
    phrase: '(trying|looking|hoping|want|wanting|aiming|seeking|eager|keen|struggling) to (break|get|transition|pivot|move) into',
    category: 'job-request',
    why: 'Wanting to "break into" a field opens most career-change asks, and it gives the reader no task.',
    instead: 'Say the exact role you are aiming at and the one question this person could answer about it.',
  },
  {
    phrase: '(really|very|super|extremely|deeply|genuinely|truly|highly|keenly|particularly|so) interested in (finance|tech|technology|marketing|consulting|data|data science|analytics|ai|machine learning|product|product management|design|ux|software|software engineering|engineering|sales|investment banking|banking|venture capital|private equity|startups|the industry|the field|your industry|your field|this industry|this field|this space|your space|fintech|healthcare|cybersecurity|law|policy|research)',
    category: 'job-request',
    why: 'Interest in a whole field is what every student and career changer writes, so it does not say what you want.',
    instead: 'Name the corner of the field and the one thing you want to learn or do in it.',
  },

  // Informational asks with no question in them.
  {
    phrase: '(what (it is|life is) like (to work|working) (at|for|there|on your team|in your team|with your team|at your company)|(insights|insight|thoughts|tips|advice|information|perspective|details|pointers) (about|on|into|regarding|around|of) (the|your|their) *1 (culture|hiring process|interview process|recruitment process|work environment|day to day|values|team dynamics|selection process)|(how|when|why) you (transitioned|got|broke|moved|switched|made the (move|switch|transition|jump)) into (this|the|your) (field|industry|space|role|line of work|career|area)|what (your|a) (typical )?day (to day|in the life) (looks like|is like|entails|involves)|how you got (to )?where you are|someone who has (already )?(been|walked|navigated|travelled|traveled|gone down|been down) (this|that|the same|a similar) (path|road|journey|route)|(advice|guidance|input|thoughts|insights|perspective|tips|suggestions) (on|about|regarding|for) (my|a) (career|career path|career plans|job search|job hunt|next steps|next step|career change|career transition|career options|options|future))',
    category: 'job-request',
    why: 'The career-story or culture question could go to anyone with the title, so it is easy to leave unanswered.',
    instead: 'Ask one narrow question about a decision in their path or team that you could not learn from their profile.',
  },
  {
    phrase: '(any (updates|update|news|feedback|progress|word) (on|regarding|about|concerning) (the (hiring process|position|role|status|process|opening|application|interview process|selection process|next steps|timeline)|my (application|candidacy|resume|cv|profile))|(continue to be|am still|remain|am just as|remain just as) *2 (interested|keen|enthusiastic|excited|eager) (in|about) (the|this|your|joining|working|an|a|any|that))',
    category: 'job-request',
    why: 'Asking for "any updates" or restating interest with nothing new gives the reader no reason to reply.',
    instead: 'Add one new fact, such as a result or a project, or ask one question with a date attached.',
  },

  // Self-descriptions every applicant writes.
  {
    phrase: '(i am (a |an )?*1|and a) (hard worker|hard working|hardworking|team player|self motivated|highly motivated|motivated|detail oriented|results driven|results oriented|go getter|dedicated|diligent|enthusiastic|eager to learn|reliable|proactive|driven|ambitious|passionate|highly organized|highly organised|self starter|conscientious|goal oriented|dependable|tenacious|resilient)',
    category: 'job-request',
    why: 'Adjectives about yourself are what every application says; the recipient cannot check them and skims past.',
    instead: 'Replace the adjective with one piece of evidence: a result, a project or a number.',
  },
  {
    phrase: `((i|my ${SKILLS}) (would|will|could|can|should) (be|make|become) (a|an) *2 (asset|addition|fit|contributor|candidate|team member|hire)|(make|makes|would make|will make|should make|has made) me (a|an|the) *2 (fit|match|candidate|asset|addition|choice|hire|applicant)|(i believe|i am confident|i feel|i am certain|i trust|i am sure|i think)( that)? my ${SKILLS}|i am *1 (confident|certain|sure|positive) (that )?(i|my ${SKILLS}) (would|will|can|could) *3 (contribution|impact|difference|contribute|add value|excel|thrive|succeed|asset)|i am *3 (well|ideally|perfectly|uniquely|highly|particularly|exceptionally|strongly) (suited|qualified|positioned|equipped|placed) (for|to)|my ${SKILLS} *3 (align~|match~|fit~|meet~|correspond~) *2 (the|your|all the|most of the) (requirements|job description|criteria|qualifications|needs|role|position|job requirements|job posting)|(here are|below are|these are) *3 reasons (why )?i (am|would be|would make|might be) *3 (fit|match|candidate)|(discuss|explain|share|show|talk about|demonstrate|explore) how (i|my ${SKILLS}) *2 (contribute|benefit|add value|help|be of value|be an asset|make a difference|support|align~|fit~|match~|meet~)|i am the (kind|type|sort) of (person|individual|professional|employee|candidate) who|you (will|would) (not regret|be glad) *2 (helped|hiring|hired|took a chance on|giving|gave) me)`,
    category: 'job-request',
    why: 'A verdict on your own fit is the middle of every cover letter; the reader has to take your word for it.',
    instead: 'Show instead: quote one requirement and the project or result of yours that meets it.',
  },
  {
    phrase: '((i have|i possess|i bring|i have developed|i have honed|i offer|with|possessing) (strong|excellent|good|great|exceptional|outstanding|solid|proven|superb|effective|impeccable|advanced) (problem solving|communication|analytical|interpersonal|leadership|organizational|organisational|people|time management|teamwork|written and verbal|verbal and written|critical thinking|technical|multitasking|customer service|presentation|negotiation|project management|stakeholder management|collaboration|research|creative|planning|management) *3 (skills|abilities)|(i have|i bring|with|bringing|i possess) (a )?(proven|strong|solid|demonstrated|consistent|successful|excellent|great) track record (of|in)|i have (a |an )?(solid|strong|good|sound|deep|thorough|firm|extensive) (foundation|grounding|understanding|knowledge|background) (in|of)|(with|i have|i bring|having|bringing|i possess|backed by) *3 years (of )?*1 (experience|expertise) (in|as|across|with|within|working)|(passion|commitment|dedication|drive) (for|to) (continuous|continual|lifelong|constant|ongoing) (improvement|learning|growth|development|self improvement|professional development)|(i have|i bring|with|bringing|i possess) (a )?*1 passion for (excellence|innovation|technology|learning|helping others|helping people|people|quality|customer service|delivering results|results|making a difference|patient care|problem solving|building relationships|growth))',
    category: 'job-request',
    why: 'Soft skills, a count of years or a passion for excellence are in every application and set no one apart.',
    instead: 'Give one example that shows it: the problem, what you did and the result.',
  },
  {
    phrase: '((eager|keen|hungry|willing|excited|ready|determined|motivated|thrilled) to (learn|grow|learn and grow|grow and learn|develop my skills|develop professionally|gain *2 experience|expand my (skills|knowledge)|prove myself|(launch|start|kick start|kickstart|begin|build|grow|jump start|jumpstart|advance|further|develop) my career|take the next step in my career|make my mark|take on new challenges|apply my (skills|knowledge|experience)|put my skills to *1 use|hit the ground running|learn from the best|contribute and grow|learn new things|upskill|level up)|(opportunities|opportunity) to (grow|advance|develop|learn) (my career|myself|professionally|my skills))',
    category: 'job-request',
    why: 'Eagerness to learn and grow is in every application, and it does not say what you would do for the team.',
    instead: 'Name what you already did to learn the skill the role needs, such as a course project or a side project.',
  },

  // Wanting to join "your company".
  {
    phrase: `(((opportunity|chance|love|like|keen|eager|want|wish|hoping|hope) to|interested in|interest in) (join|joining|work (at|for|with|in)|working (at|for|with|in)|be (a )?part of|being (a )?part of|contribute to|grow with|be associated with) your *1 (${ORG}|institution)|(dream|dream come true|honor|honour|privilege) to (work (at|for|with|in)|join|be (a )?part of|contribute to)|(bring|contribute|apply|leverage|lend|offer) my *1 ${SKILLS} *3 (to|in) (your|the|this|a) *1 (team|company|organization|organisation|firm|role|position|department|business)|(i )?would *1 (love|appreciate|welcome|relish|value|be grateful for) (the|an|any|this) (opportunity|chance) to (join|contribute|be considered|interview|be part of|be a part of|work (with|for|at|on|alongside)|apply|bring my|learn from|grow with|prove myself|show what i can do|discuss how i can|speak with you|meet with you)|(contribute|add value|make a contribution) to (the|your) *2 (success|growth|mission|goals)|(drawn to|attracted to) (it|this (role|position|opportunity|posting)|the (role|position|opportunity|posting|job)|your *1 (company|organization|organisation|firm|team|mission|values|culture|vision|work|commitment|approach|reputation))|admired your *1 (commitment|dedication|approach|mission|culture|values|work|reputation|focus)|your *1 (mission|values|vision|culture|story|approach) *2 (resonates|resonate|aligns|align) with (me|my *1 (values|goals|passion|interests)))`,
    category: 'job-request',
    why: 'Wanting to join or contribute to "your team" fits every employer, so it gives no reason for this one.',
    instead: 'Name the team and the one thing it did, shipped or said that made you want to join, and what you would bring.',
    structure: NAME_THE_OPENING,
  },

  // The application-letter formulas.
  {
    phrase: `((((i am )?(writing|reaching out|contacting you|getting in touch|messaging you|emailing you) (to you )?(today )?to|i (would like|wish|want|wanted|am pleased|am excited|am eager|am happy) to|i hereby|(just )?wanted to) )?(express|expressing|convey|register|formally express|declare|reiterate|indicate) my *1 (interest|enthusiasm|desire|intent|intention) (in|for|to)|my (strong|keen|sincere|genuine|deep|great|enthusiastic|continued|ongoing|earnest|avid|profound) (interest|enthusiasm) (in|for) (the|this|your|joining|working)|(excited|thrilled|delighted|pleased|eager|keen|happy) to (apply|submit my application|submit my candidacy|be applying|put myself forward|put my name forward|throw my hat in the ring) (for|to)|please (accept|consider) (this|my) (letter|email|note|message|application|resume|cv|candidacy) (as (my|an) *1 application|for the|for your|as an expression of)|(writing|reaching out|contacting you|messaging you|emailing you|wish|would like|want|am writing|am reaching out) to (seek|request|ask for|apply for|explore|inquire about|enquire about) (an|a|any) (suitable |possible |potential |available |open |good )?(opportunity|position|role|job|internship|placement|opening|vacancy|employment opportunity|job opportunity)|apply~ for (a|any|some) (suitable )?(job|position|role|post|vacancy|opening) (in|at|with) your *1 (${ORG}|institution|concern)|interested in the (internship|graduate|rotational|summer|early careers|campus|fellowship) (program|programs|programme|programmes|scheme|schemes|opportunities|roles)|excited about the (opportunity|role|position|possibility|prospect)|(roles|internships|internship opportunities|opportunities|positions) for (next |this |the )?(summer|fall|autumn|spring|winter))`,
    category: 'job-request',
    why: 'Announcing your interest in applying is how most application letters open; it gives no reason for this role.',
    instead: 'Open with the reason for this role: one thing you did that matches what the team needs.',
    structure: NAME_THE_OPENING,
  },
  {
    phrase: '((do my (internship|thesis|project|phd)|work|learn|research|intern|train) under your *1 (guidance|supervision|mentorship)|your (esteemed|reputed|prestigious|renowned|reputable|well reputed|highly reputed) (organization|organisation|company|firm|institution|institute|concern|team|establishment|university|lab|group|brand|org)|pfa (my )?*1 (cv|resume|résumé|profile)|humble (request|plea|appeal)|humbly (request|ask|beg|seek|solicit)|bring (it )?to your (kind )?(notice|attention) that|to your kind (notice|attention|information|perusal|consideration)|(at|with|for|join|joining) *2 (company|organization|organisation|firm|employer) like yours)',
    category: 'job-request',
    why: 'Petition phrases and "your esteemed company" come from letter guides, so the reader sees a form letter.',
    instead: 'Say in plain words what you want to work on with them and why their team in particular.',
  },
  {
    phrase: '(my *2 (cv|resume|résumé|cover letter|profile) *2 for your *1 (consideration|reference|perusal|review|information)|(kindly|please) (find|see) *3 my *2 (resume|cv|résumé|cover letter|portfolio|credentials)( (attached|enclosed|herewith))?( for your *1 (review|reference|consideration|perusal))?|(attached|enclosed) (herewith )?(is|please find|you will find|are) my *1 (resume|cv|résumé|cover letter|portfolio)|(i (can|could|may)|(happy|glad|more than happy|ready) to|(can|could|may|shall) i) (send|share|forward|email|show|send over|pass on) (you )?(over )?my (resume|cv|résumé|portfolio|profile|application))',
    category: 'job-request',
    why: 'A CV attached or offered with no role in view asks the recipient to read it and invent a use for it.',
    instead: 'Say which role the CV is for and which line of it the recipient should look at.',
  },
  {
    phrase: '((i would be|i will be|i shall be|i am|would be|be) *2 (grateful|thankful|obliged|indebted|appreciative|honored|honoured|delighted|thrilled) (to you )?(if you (could|can|would|might) *2 (help|refer~|guide|assist|recommend|support|consider|think of|keep|mentor|advise|point|put in a good word for|vouch for) me|(for|of|to have|to be given|to receive) (the|an|any|this) (opportunity|chance|consideration))|(reply|response|hearing back|hearing from you|advice|help|guidance|time) (would|will) *1 mean (a lot|so much|the world|a great deal|more than you *2 (think|know|imagine|realize|realise))|even (a |one )?(small|little|tiny|quick|short|brief) (piece of advice|bit of advice|tip|pointer|reply|response|word of advice))',
    category: 'job-request',
    why: 'Gratitude in advance, or a reply that "would mean the world", asks for sympathy instead of giving a reason.',
    instead: 'State the one action you are asking for, make it quick to do, and thank them plainly after.',
  },
  {
    phrase: '(will|shall|would) be (highly |very |most |extremely |much )?obliged',
    category: 'job-request',
    why: 'This formula marks a pasted application letter, and recipients who get many read it as such.',
    instead: 'Say thank you plainly after a specific ask.',
    removal: 'sentence',
  },
];
