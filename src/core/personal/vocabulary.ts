/**
 * Word lists the personal-detail finder reads. Data, not logic: each list says what a kind of word is,
 * so the finder can tell "your talk on retrofitting accessibility" (a detail) from "your impressive
 * background" (a compliment any profile would earn).
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Things a person makes or says that a note can point at: "your talk on…", "your post about…". */
export const WORK_NOUNS = words(`
  post posts article articles talk talks paper papers thesis dissertation comment comments answer answers reply replies
  thread threads tweet tweets newsletter newsletters podcast podcasts episode episodes book books chapter repo repos
  repository repositories project projects library libraries package packages plugin plugins video videos webinar
  webinars keynote keynotes panel panels presentation presentations demo demos workshop workshops course courses
  essay essays blog writeup study studies research report reports dataset datasets pr prs
  issue issues commit commits fork session sessions interview interviews deck slides notes launch release
  releases announcement announcements tutorial tutorials guide guides review reviews question questions remark
  point points take idea ideas framework frameworks proposal rfc rfcs patch patches benchmark benchmarks survey
  analysis postmortem post-mortem retrospective retro piece pieces series column columns speech speeches lecture
  lectures poster posters preprint preprints gist gists checklist checklists template playbook playbooks app tool
  tools migration rewrite experiment experiments pilot program programme initiative campaign exhibit exhibition
  album song songs photo photos map maps model models visualization chart charts spreadsheet doc docs documentation
  wiki recipe recipes story stories extension extensions integration integrations fieldwork page changelog
  proposals cfp thesis module crate gem action workflow script scripts dashboard visualisation contribution
  contributions fix fixes feature features design designs install installation exhibit mural write incident
  incidents outage
`);

/**
 * Words that carry no detail on their own: what every profile, company and compliment has. A reference
 * followed only by these ("your recent post on leadership and growth") names nothing.
 */
export const VAGUE_WORDS = words(`
  a an the this that these those it its my our your yours their his her them they we you i me us he she one ones
  and or but so of to in on at for with from by about as into onto over under after before during through between
  is are was were be been being am have has had do does did will would could should can may might must shall
  not no yes very really truly just also too quite so such more most much many some any all every each other
  great good amazing awesome incredible impressive inspiring insightful interesting valuable helpful excellent
  fantastic wonderful brilliant nice cool solid strong exceptional outstanding remarkable fascinating thoughtful
  recent recently latest last new old current currently previous next first today yesterday week weeks month
  months year years time times day days
  work works working job jobs role roles position positions career careers background experience experiences
  expertise skills skill set profile profiles journey journeys story content insight insights perspective
  perspectives thoughts thought idea ideas knowledge success achievements achievement accomplishments growth
  industry industries field fields space sector area areas market markets company companies business businesses
  organization organisation organizations team teams leadership leader leaders innovation innovative vision mission
  passion passionate values culture network networks connection connections opportunity opportunities
  professional professionals people person everyone anyone someone things thing stuff lot lots bit
  post posts article articles talk talks share shared sharing sharing topic topics subject subjects
  linkedin page feed platform here there what how why when where who which way ways
  tech technology technologies digital data software solutions solution services service products product
  marketing sales hr finance engineering design management strategy operations
  priority longer attention caught checked out soon interested interest chance update updates touch base
  right away asap quickly quick free happy glad love like want need know see look brain
`);

/** Words that open a sentence without naming anyone: a capitalised one of these is no name. */
export const COMMON_WORDS = words(`
  a an the this that these those it its i i'm i'd i've i'll my mine we we're our ours you you're your yours he she
  ever never always perhaps maybe
  they them their there here what when where who why how which while whether if as since because so but and or
  nor yet also just only even still already again then now soon today tomorrow yesterday hello hi hey dear
  greetings thanks thank cheers best regards kind warm warmest sincerely yours please sorry congrats congratulations
  welcome great good nice glad happy hope hoping looking love loved loving enjoyed enjoy read saw noticed found came
  stumbled following follow just quick one two three first second last next some any all each every many most
  no not yes ok okay sure absolutely certainly definitely really actually honestly basically would could should
  can will may might must let let's is are was were be been am have has had do does did done after before during
  about above across again against at by for from in into of off on onto out over through to under up with
  without within would've could've someone somebody everyone everybody anyone anybody nobody people folks team
  linkedin google zoom teams slack email inmail message note connection network profile post article
`);

/** Capitalised words that name no one thing: titles, days, months, platforms, generic fields. */
export const GENERIC_CAPITALS = words(`
  i ceo cto cfo coo cmo cio cpo ciso vp svp evp avp md gm hr it ai ml ui ux qa pm pmm sdr bdr ae cx cs seo sem ppc
  b2b b2c saas paas iaas api apis crm erp roi kpi kpis okr okrs mba phd msc bsc ba ma cv ctc faang mnc llc ltd inc
  co gmbh plc usa us uk eu emea apac latam
  senior junior lead principal staff head chief director manager engineer engineers developer developers designer
  designers analyst analysts scientist scientists architect consultant consultants specialist specialists officer
  executive executives founder founders cofounder co-founder partner partners associate associates intern interns
  recruiter recruiters president vice product marketing sales operations engineering finance design data software
  hardware security cloud devops platform growth talent acquisition human resources customer success support
  account accounts business development strategy research science technology information services solutions
  keynote speaker speakers congress committee organizing organising summit award awards greater area metro bay
  vc vcs mvp ipo
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december q1 q2 q3 q4
  linkedin google zoom meet teams slack whatsapp calendly twitter x facebook instagram youtube tiktok github gitlab
  gmail outlook internet web
  fintech healthtech edtech proptech insurtech martech adtech healthcare fortune series
  hi hello hey dear thanks regards best cheers sincerely mr mrs ms dr prof sir madam
`);

/** Verbs that say where someone works or what their title is: profile facts, not details. */
export const PROFILE_VERBS = words(`
  work works worked working joined join joining am are is was were lead leads leading run runs running manage
  manages managing oversee oversees head heads based located live lives living serve serves started moved
  transitioned switched
`);

/** Nouns whose "at X" names an employer or a title: "your experience at Stripe", "your role at Acme". */
export const PROFILE_NOUNS = words(`
  experience experiences background role roles position positions title job jobs career tenure time work company
  team profile skills skill expertise history resume cv portfolio journey
`);

/** Past forms of verbs that are not what a person did for a note to point at. */
export const EMPTY_VERBS = words(`
  worked joined been had did got seemed appeared looked were was became accepted connected viewed
  visited liked followed received filled hired checked clicked opened downloaded signed subscribed registered
  hiring looking growing expanding scaling doing trying seeking recruiting working planning considering having
  enjoying keeping feeling staying overlooked missed ignored settling navigating juggling thinking wondering
  exploring evaluating weighing reviewing
`);

/** Irregular past forms: "you wrote", "you gave", "you taught me". */
export const IRREGULAR_PAST = words(`
  wrote built gave led ran said taught spoke made took found brought put set began won drew chose held sent told
  thought knew saw heard came went did had got flew sold bought caught fought kept lent lost meant paid rode sang
  shot showed shown sat slept spent stood stuck swam threw understood woke wore written given spoken taken begun
  drawn chosen held shipped stole broke broken fixed hosted rewrote rebuilt left dug fed forgave froze grew hid
  hung laid lit overcame read rang rose shook shone sought sped spun struck swore swept tore undertook upheld wove
  wound withdrew built taught brought bought dealt
`);

/** Verbs that credit a named person with sending you: "Priscilla Adjei said you…". */
export const REFERRAL_VERBS = words(`
  suggested suggests recommended recommends mentioned mentions said says told tells pointed points introduced
  introduces referred refers raved raves spoke speaks vouched forwarded
`);

/** Shared settings that a note can name: "same cohort", "we were both at…". */
export const SHARED_NOUNS = words(`
  class classes cohort cohorts program programme programs batch team lab labs meetup meetups course courses
  bootcamp panel panels conference event session sessions school university college dorm floor office project
  workshop hackathon retreat board committee club gym choir league spin
`);

/** Nouns a recipient can be thanked for or congratulated on that need content to count. */
export const THANKS_OPENERS = words(`thanks thank congrats congratulations kudos`);

/** Hedge words the filler rule's fixes delete: the quote window skips them, so deleting one never changes whose a quote is. */
export const HEDGE_WORDS = words(`just really actually basically honestly frankly candidly literally genuinely`);

/** Words for durations and money in an ask ("a 15 minute call"), which make a number no detail about them. */
export const ASK_UNITS = words(`min mins minute minutes hour hours hr hrs sec seconds percent usd eur gbp k`);

/** Things every business has, so "your website" or "your team in Austin" is no detail of theirs. */
export const GENERIC_THINGS = words(`
  business businesses company companies organization organisation brand brands website site websites team teams
  industry space field sector market products product services service content posts page inbox calendar time
  customers clients audience followers network area region city country location office offices region revenue
  sales marketing growth pipeline leads costs budget bottom line competitors competition hiring recruiting
  department firm agency practice clinic store shop restaurant properties property home house portfolio chance
  spot seat opportunity opportunities brain time energy vibe story journey passion expertise insights listeners
  readers viewers community 9 neighborhood neighbourhood area street zip postcode town
`);

/**
 * Everyday words of business prose: verbs, adjectives, adverbs and nouns any message could hold. A detail
 * needs words beyond these ("triage chatbot", "frost heave"), a name or a number.
 */
export const EVERYDAY_WORDS = words(`
  accept add agree allow answer apply appreciate ask attend become begin believe belong benefit bring build buy call
  care carry change check choose come consider continue contribute create deal decide deliver describe develop
  discuss drive earn enjoy ensure enter establish expand expect experience explain explore face feel fill find
  finish fit focus follow forget gain get give go grow handle happen hate have hear help hold hope imagine improve
  include increase inspire introduce invite join keep know launch lead learn leave let like listen live look lose
  love maintain make manage matter mean meet mention miss move need notice offer open operate own partner pass pay
  plan play prefer prepare present provide publish put reach read realize receive recommend reduce remain remember
  reply report represent require resonate respond return review run save say scale see seem sell send serve set
  share show sign solve speak spend stand start stay stop struggle succeed suggest support take talk teach tell
  thank think touch transform travel try turn understand update use value visit wait want welcome win wish wonder
  work worry write
  able active actual additional amazing available aware awesome bad basic beautiful best better big brief busy
  certain clear close common complete complex confident constant cool critical crucial current dedicated deep
  different difficult direct distinguished driven dynamic early easy effective efficient eminent entire essential
  exact excellent exceptional exciting exclusive expert extensive extra fair familiar famous fantastic fast final
  fine first flexible free fresh friendly full fun future general genuine global good grand great happy hard
  healthy high honest huge ideal important impressive incredible independent informative innovative inspiring
  interesting key kind large last late leading likely little local long lovely low main major meaningful modern
  much natural necessary new next nice normal obvious old only open original other outstanding overall particular
  passionate perfect personal popular positive possible powerful practical premium previous primary private
  professional proper proud public quick quiet rare ready real recent regular relevant remarkable right safe same
  serious short significant similar simple single small smart social solid special specific strong successful
  sure talented terrific tough true typical ultimate unique unusual useful valuable various vast vital warm whole
  wide wise wonderful worth written wrong young
  about actually again ahead almost already also always anyway around away back certainly clearly closely
  completely currently definitely directly easily especially even ever exactly extremely fairly finally forward
  fully further generally greatly hardly here highly hopefully however immediately indeed instead just kindly
  later less likely maybe more mostly much nearly never now obviously often once only perhaps personally possibly
  pretty probably quickly quite rather really recently regularly seriously simply sincerely slightly so
  sometimes soon still sure surely therefore though today together tomorrow too truly usually very well
  yesterday yet
  ability account action activity advice age agenda aim air amount answer approach area article aspect
  attention audience balance base benefit bit board body book brand budget call capacity case chance change
  choice city class client clients community conversation cost couple course culture customer customers data
  deal decision detail details development difference direction discussion door effort email end energy event
  example exchange expertise fact family feedback figure focus form friend friends front future game goal goals
  group guidance guest hand head health heart help history home hour hours idea impact information input interest
  issue job journey kind knowledge level life line list lot love manner matter meeting member members mind minute
  minutes mission model moment money month need needs news note number offer office option options order part
  partnership passion path people period person perspective phone place plan plans platform point position
  possibility potential power practice presence price problem problems process program progress project projects
  purpose quality question questions range rate reason record relationship reply request resource resources
  response result results review risk role room round season sense service session side skill skills solution
  solutions source speaker spot stage standard start state step steps story strategy strength strengths structure
  style success support system talent task team thing things thought thoughts time times tip tips today tool
  topic track trend trip trust truth type value values version view vision voice way ways week weeks while word
  words work world year years
`);
