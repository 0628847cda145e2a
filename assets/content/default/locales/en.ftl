# English — draft, machine-assisted translation to be reviewed by a native speaker.
# Default pack of borne — English texts.
# Translators: titles (node-ID) sit on tiles: keep them short (about 30 characters).
# .question is one short sentence asked to the resident.
# .text is one to three short, plain sentences: everyday words, one idea per sentence.
# Never add amounts or phone numbers that are not in the source page.
# Keep the French names of offices and benefits (CAF, RSA, carte Vitale…): residents see them
# on letters and websites. Explain each one briefly in brackets the first time it appears in a text.

pack-title = Your rights and services near you
pack-help = A person can help you for free: the CCAS (the town hall's social service) or the France Services office.

## Home

node-home = Home
    .question = What are you looking for?

## Topics (home tiles)

node-housing = Housing
    .question = What do you need for your housing?
node-health = Health
    .question = What do you need for your health?
node-money = Money
    .question = What help are you looking for?
node-work = Work
    .question = What do you need for work?
node-family = Family
    .question = What do you need for your family?
node-papers = Papers and procedures
    .question = What do you want to do?
node-justice = Justice and rights
    .question = What is your problem?
node-food = Food, clothes, washing
    .question = What do you need?
node-emergency = Emergency
    .question = What is happening?

## Housing

node-housing-trouble = Housing problem
    .question = What is the problem?
node-housing-find = Find a home
    .question = What do you want to do?
node-housing-social = Apply for social housing
    .text = You can apply for social housing (HLM) online or at a desk. It is free. You get a unique number, and you must renew your application every year.
node-housing-offers = Social homes to rent
    .text = Here are social housing homes free near here. Choose a town, a number of rooms or a rent. To ask for one of these homes, you need a registered social housing application.
node-housing-apl = Help to pay the rent
    .text = The CAF (family allowance office), or the MSA (farmers' social security), can pay part of your rent: this is housing aid (APL). The amount depends on your income, your rent and your family. Apply on caf.fr or at the CAF office.
node-housing-energy = Paying for electricity, gas
    .text = The chèque énergie (energy voucher) helps pay for electricity, gas or heating. It is given every year to households with a low income. If you did not receive it, call the free phone line or ask the CCAS (town hall social service).
node-housing-shelter = A bed for tonight (115)
    .text = Do you have nowhere to sleep? Call 115. It is free, day and night, and someone looks with you for a place to sleep.
node-housing-unpaid-rent = Unpaid rent
    .text = Act quickly, even if you are only a little late. Tell your landlord and the CAF (family allowance office). A legal adviser at the ADIL (housing advice centre) helps you for free, and the CCAS (town hall social service) can look for financial help with you.
node-housing-eviction = Threat of eviction
    .text = Have you received a paper from a commissaire de justice (bailiff, "huissier") or from the court? Do not stay alone with it: there are often solutions. The ADIL (housing advice centre), the Point-justice (legal advice centre) and the CCAS (town hall social service) help you for free.
node-housing-fsl = Help from the FSL
    .text = The FSL (Fonds de solidarité pour le logement, a housing aid fund) can help pay rent arrears, energy or water bills, or the costs of moving into a home. The rules depend on the département (the local area). A social worker makes the application with you.
node-housing-unfit = Housing in poor condition
    .text = Damp, mould, dangerous heating or electricity? Your landlord must rent you a decent home. Talk to the ADIL (housing advice centre) or the town hall (mairie): they will tell you what to do.
node-housing-dalo = Right to housing (Dalo)
    .text = Have you been waiting for social housing for a very long time, or are you homeless or badly housed? You can make a Dalo appeal (right to housing). The ADIL (housing advice centre) or the CCAS (town hall social service) helps you fill in the file.

## Health

node-health-cover = Getting health cover
    .question = What is your situation?
node-health-puma = Health insurance
    .text = Do you work in France, or live in France in a stable and legal way? The Assurance Maladie (national health insurance) pays back part of your healthcare costs. Apply at the CPAM (local health insurance office).
node-health-css = Complémentaire santé solidaire
    .text = The Complémentaire santé solidaire (top-up health cover) pays the part of your healthcare costs that the Sécurité sociale (social security) does not pay back. It is free or low-cost, depending on your income. Apply on ameli.fr or at the CPAM (local health insurance office).
node-health-ame = Care without a residence permit
    .text = Have you lived in France for more than 3 months, without a residence permit? The AME (State medical aid) can pay for your healthcare, depending on your income. Apply at the CPAM (local health insurance office).
node-health-card = Carte Vitale
    .text = The carte Vitale (health insurance card) helps you get paid back faster. Ask for it on your ameli account or at the desk of the CPAM (local health insurance office). You need a photo and an identity document.
node-health-doctor = Find a doctor
    .text = Choose a médecin traitant (regular doctor): you will be paid back more. The doctor fills in the declaration with you. If no doctor accepts you, call the Assurance Maladie (health insurance) on 3646.
node-health-mental = Low mood, stress, anxiety
    .text = Have you been feeling bad for some time? Talk to a doctor: sessions with a psychologist can be paid back. If you are thinking about suicide, call 3114, day and night.
node-health-pregnancy = Pregnancy
    .text = Your doctor or midwife declares your pregnancy before the end of the 3rd month. The compulsory check-ups are paid for. The PMI (mother and child health service) of your département can also follow your pregnancy for free.
node-health-disability = Disability: the MDPH
    .text = The MDPH (disability office) of your département deals with requests linked to disability: AAH (disability allowance), carte mobilité inclusion (disability card), aid, work. You need a file with a medical certificate. The CCAS (town hall social service) or France Services can help you fill it in.

## Money

node-money-debt = Debts, budget, bank
    .question = What is your money problem?
node-money-rsa = RSA (minimum income)
    .text = The RSA is a minimum income for people aged 25 and over, or younger in some cases. It depends on the household's income. With the RSA, you are registered with France Travail (the public employment service) and you sign a commitment contract.
node-money-prime = Work bonus (prime d'activité)
    .text = Do you work but earn little? From age 18, the prime d'activité (work bonus) adds to your income, depending on your family situation. Ask the CAF (family allowance office) for it, or the MSA (farmers' social security) if you work in agriculture.
node-money-aah = Disability allowance (AAH)
    .text = The AAH is an income for disabled people who have little money. First, the MDPH (disability office) decides your disability rate. Then the CAF (family allowance office) or the MSA (farmers' social security) pays the allowance.
node-money-aspa = Low pension (ASPA)
    .text = The ASPA tops up low pensions, from age 65. Ask your pension fund for it. Part of it may be taken back from what you leave when you die: ask for advice first.
node-money-overdebt = Too many debts
    .text = You can no longer pay your debts? Submit an over-indebtedness file (dossier de surendettement) to the Banque de France (the national bank). It is free. The commission can spread out or cancel debts.
node-money-budget = Help with your budget
    .text = A Point conseil budget (budget advice service) helps you with your accounts and with talking to the people you owe money to. It is free, confidential and open to everyone. Ask the CCAS (town hall social service) for the address.
node-money-bank-account = Open a bank account
    .text = Has a bank refused to open an account for you? Ask it for a refusal letter. The Banque de France (the national bank) then chooses a bank that must open an account for you with the basic services, for free.

## Work

node-work-register = Register with France Travail
    .text = Register with France Travail (the public employment service) on francetravail.fr or by calling 3949. If you apply for or receive the RSA (minimum income), you are registered automatically. An adviser helps you look for a job or a training course.
node-work-benefit = Unemployment benefit
    .text = Have you lost your job? Unemployment benefit (ARE) depends on how long you worked and on your previous salary. Apply for it when you register with France Travail (the public employment service).
node-work-young = Young people aged 16 to 25
    .text = Are you 16 to 25 (29 if you have a disability), with no job and no training? The Mission locale (support centre for young people) helps you. With the Contrat d'engagement jeune (youth commitment contract), you can receive an allowance, depending on your resources.
node-work-french = Learn French
    .text = Have you just received your first residence permit? With the contrat d'intégration républicaine (integration contract), the OFII (French immigration and integration office) can offer you free French classes. If not, the town hall (mairie) knows the classes near you.
node-work-rights = Problem with your employer
    .text = Unpaid wages, dismissal, contract, accident at work? The Code du travail numérique (official labour law website) explains your rights. The Point-justice (legal advice centre) advises you for free.
node-work-disability = Working with a disability
    .text = Recognition as a disabled worker (RQTH) helps you find or keep a job. Ask the MDPH (disability office) for it. Then France Travail (public employment service) or Cap emploi (job service for disabled people) supports you.

## Family

node-family-allowances = Family allowances
    .text = If you have at least 2 children, the CAF (family allowance office) pays family allowances (allocations familiales). The amount depends on your income. Declare each child to the CAF.
node-family-birth = A baby is coming
    .text = Declare the birth at the town hall (mairie) within 5 days, then to the CAF (family allowance office) and the Assurance Maladie (health insurance). Depending on your income, the CAF can pay a birth grant and a monthly allowance.
node-family-childcare = Childcare
    .text = The CAF (family allowance office) helps pay for an approved childminder (assistante maternelle), and the price of a crèche (day nursery) depends on your income. Look for places near you on monenfant.fr or at the town hall (mairie).
node-family-separation = Separation, child support
    .text = The CAF (family allowance office) can collect the child support (pension alimentaire) and pay it to you every month. If it is not paid, the CAF can help to get it back. If there is violence, call 3919.
node-family-school = Back to school
    .text = In August, the CAF (family allowance office) pays the back-to-school allowance (allocation de rentrée scolaire) for children aged 6 to 18 who go to school. It depends on your income. For a child aged 16 to 18, declare that they are studying.
node-family-elderly = Helping an elderly relative
    .text = The APA (allowance for loss of independence) helps pay for help at home or a care home, for people aged 60 and over who are losing their independence. The département (local council) decides. The CCAS (town hall social service) helps you apply.

## Papers

node-papers-identity = Identity card, passport
    .question = Which document do you want?
node-papers-id-card = Identity card
    .text = Make an appointment at a town hall (mairie) that issues identity cards (not necessarily your own). You can fill in a pre-application online. Your first card is free.
node-papers-passport = Passport
    .text = Make an appointment at a town hall (mairie) that issues passports. Fill in the pre-application online. A passport is not free: buy a tax stamp (timbre fiscal) before the appointment.
node-papers-birth-certificate = Birth certificate
    .text = Were you born in France? Ask the town hall (mairie) of your place of birth for a copy; it is free. If you were born abroad, the procedure depends on your nationality: ask for advice.
node-papers-residence = Residence permit
    .text = Most residence permit applications are made online, on the ANEF website. Apply before your current permit ends. France Services (public help desk) or an association can help you.
node-papers-asylum = Applying for asylum
    .text = To apply for asylum, an association or a reception service sends you to the desk at the préfecture (State office). While your application is being processed, the OFII (French immigration and integration office) can offer housing and financial help.
node-papers-domiciliation = Getting a postal address
    .text = Without a stable address, you can get an address to receive your mail: this is called domiciliation. Ask the CCAS (town hall social service) of the town where you live. It lasts 1 year and can be renewed.
node-papers-online = Help with the internet
    .text = Is an online procedure difficult? A conseiller numérique (digital adviser) or an aidant habilité (authorised helper) can do it with you, for free. Bring your papers, and your passwords if you have any.
node-papers-france-services = France Services
    .text = France Services (public help desk) helps you with your procedures: CAF, taxes, pension, health, jobs, papers. A staff member sees you for free, near where you live.

## Justice

node-justice-info = Know my rights
    .text = A legal question about housing, family, work, debts or papers? At the Point-justice (legal advice centre), legal advisers and lawyers answer you, for free and in complete confidence. Call 3039 to get the nearest address.
node-justice-legal-aid = Paying for a lawyer
    .text = Legal aid (aide juridictionnelle) pays all or part of the lawyer's fees and court costs. It depends on your income. The Point-justice (legal advice centre) helps you apply.
node-justice-victim = Victim of a crime
    .text = Have you suffered a theft, an assault or another offence? You can make a complaint (porter plainte) to the police or the gendarmerie. France Victimes (victim support) listens to you and helps you for free on 116 006.
node-justice-rights-defender = Problem with a public office
    .text = A problem with a public office (CAF, taxes, préfecture) is not being solved? The Défenseur des droits (rights ombudsman) can help you for free. A local representative can see you near where you live.
node-justice-discrimination = Discrimination
    .text = Have you been refused housing, a job or a service because of your origin, disability, sex or religion? That is against the law. Keep the proof and contact the Défenseur des droits (rights ombudsman).
node-justice-conciliation = Conflict with a neighbour
    .text = A conflict with a neighbour, a landlord or a shop? The conciliateur de justice (court mediator) helps you reach an agreement. It is free.

## Food and daily life

node-food-aid = Help to get food
    .text = The CCAS (town hall social service) or a social worker sends you to a low-cost grocery (épicerie solidaire), food parcels or meals. Some associations, like the Restos du Cœur, also welcome you directly.
node-food-clothes = Clothes
    .text = Charity clothes shops (vestiaires solidaires) give clothes or sell them at low prices. Ask the CCAS (town hall social service), the Secours populaire or the Croix-Rouge (Red Cross).
node-food-hygiene = Shower, wash your clothes
    .text = Day centres and public baths (bains-douches) offer a shower, a laundry and hygiene products. The Soliguide website and the 115 helpline tell you the places near you.
node-food-canteen = School canteen
    .text = The town hall (mairie) sets the price of the school canteen, often according to income. Ask the town hall for the reduced price. If you cannot pay, the CCAS (town hall social service) can help you.

## Emergency

node-emergency-other = Other emergency
    .question = What emergency?
node-emergency-samu = Medical emergency (15)
    .text = Feeling very unwell, serious injury, difficulty breathing? Call 15 (SAMU). It is free, day and night.
node-emergency-police = Danger, assault (17)
    .text = Are you in danger, or is someone else? Call 17 (police or gendarmerie), free, day and night. If you cannot speak, send a text message to 114.
node-emergency-violence = Violence (3919)
    .text = Call 3919, free and anonymous, day and night: the call does not appear on the phone bill. It helps women who are victims of violence, and witnesses. If you are in immediate danger, call 17.
node-emergency-child = Child in danger (119)
    .text = Is a child in danger or being abused? Call 119, free, day and night: the call does not appear on the phone bill. A child can call by themselves.
node-emergency-suicide = Suicidal thoughts (3114)
    .text = Are you thinking about suicide, or are you worried about someone close to you? Call 3114. It is free, day and night, and health professionals listen to you.
node-emergency-deaf = Emergency by text (114)
    .text = Are you deaf or hard of hearing, or unable to speak? Send a text message to 114 to reach the police, the SAMU (medical emergency) or the fire brigade. It is free, day and night.
node-emergency-fire = Fire, accident (18)
    .text = Fire, accident, someone trapped? Call 18 (fire brigade). It is free, day and night.
node-emergency-112 = European emergency (112)
    .text = 112 is the emergency number everywhere in Europe. It is free, from any phone. They put you through to the right service.

## Documents

doc-id = Identity document
doc-passport = Passport
doc-residence-permit = Residence permit or receipt (récépissé)
doc-proof-of-address = Proof of address
doc-tax-notice = Tax notice (avis d'impôt)
doc-payslip = Payslips
doc-bank-details = Bank details (RIB)
doc-health-card = Carte Vitale or certificate (attestation)
doc-lease = Rental contract (lease)
doc-family-record = Family record book (livret de famille)
doc-birth-certificate = Birth certificate
doc-photo = ID photo
doc-resources = Proof of income
doc-rent-receipt = Rent receipts
doc-energy-bill = Energy bills
doc-medical = Medical certificate
doc-letter = Letters you received
doc-court = Court papers
doc-cv = CV
doc-debt-list = List of debts and loans

## Services (one-line description)

# Exempleville: example services, to replace with real local ones.
svc-ccas-exempleville = Town hall social service: emergency help, postal address (domiciliation), support.
svc-france-services-exempleville = Free help with your procedures: CAF, taxes, health, jobs, papers.
svc-caf-exempleville = CAF office (family allowances), by appointment: housing aid, RSA, families.
svc-cpam-exempleville = Assurance Maladie (health insurance) office: carte Vitale, AME, Complémentaire santé solidaire.
svc-france-travail-exempleville = France Travail office (employment service): registration, job search, training.
svc-mission-locale-exempleville = Support for young people aged 16 to 25: jobs, training, housing.
svc-epicerie-sociale-exempleville = Low-cost grocery (épicerie solidaire): cheap shopping, when a social worker sends you.
svc-point-justice-exempleville = Free and confidential legal advice, help for victims.
svc-conseiller-numerique-exempleville = Free help to use the internet and to do your procedures online.
svc-mairie-exempleville = Town hall (mairie): civil records, identity cards and passports by appointment.
svc-exempleville-habitat = Social landlord: homes to rent, housing applications, tenants' questions.

# National services.
svc-caf = Family allowance office: housing aid, RSA, prime d'activité, families.
svc-caf-name = CAF — Family Allowance Fund
svc-msa = Social security for farming: health, family, prime d'activité for people working in agriculture.
svc-assurance-maladie = Health insurance: pays back healthcare costs, carte Vitale, AME, Complémentaire santé solidaire.
svc-mon-soutien-psy = Find a psychologist whose sessions are paid back.
svc-france-travail = Registration, unemployment benefit, job offers and training.
svc-mission-locale = Find the nearest Mission locale (young people aged 16 to 25).
svc-allo-service-public = Information about your rights and administrative procedures.
svc-demande-logement-social = Apply for social housing online, or renew your application.
svc-adil = Free legal advice on housing: unpaid rent, eviction, tenants' rights.
svc-cheque-energie = Questions about the chèque énergie: who can get it, sending, how to use it.
svc-samu-social-115 = Emergency shelter for homeless people, day and night.
svc-violences-femmes-info-3919 = Listening and advice for women victims of violence and for witnesses, anonymous and free.
svc-allo-119 = Children in danger: listening and reporting, free, day and night.
svc-numero-3114 = Suicide prevention: health professionals listen to you, free, day and night.
svc-urgence-114 = Emergencies by text message for people who are deaf, hard of hearing or cannot speak.
svc-samu-15 = Medical emergencies, day and night.
svc-police-17 = Police or gendarmerie when there is danger, day and night.
svc-pompiers-18 = Fire brigade: fire, accident, rescue, day and night.
svc-urgence-112 = European emergency number, from any phone.
svc-point-justice-3039 = Free number to find the nearest Point-justice.
svc-france-victimes = Free help for victims of crime and for their loved ones.
svc-defenseur-des-droits = Free help if you have a problem with a public office, or face discrimination.
svc-conciliateurs = Find a conciliateur de justice (mediator) to settle a conflict by agreement.
svc-banque-de-france = Over-indebtedness, right to a bank account, banking registers.
svc-point-conseil-budget = Find a Point conseil budget: free help to manage your budget.
svc-info-retraite = Shared website of the pension funds: your rights, your procedures.
svc-pour-les-personnes-agees = Information and help for older people and their loved ones.
svc-monparcourshandicap = Information about disability, and the address of your MDPH.
svc-monenfant = Find a crèche or a childminder near you.
svc-code-travail-numerique = Your rights at work, explained simply.
svc-anef = Official website to apply for or renew a residence permit.
svc-ofii = Welcome and integration of foreigners: French classes, asylum seekers.
svc-refugies-info = Translated information for refugees and exiled people.
svc-ants = Online pre-application for an identity card or a passport.
svc-aidants-connect = Authorised helpers do your online procedures with you, safely.
svc-soliguide = Map of useful places: meals, showers, healthcare, clothes.
svc-restos-du-coeur = Association: meals, food parcels, help for people.
svc-secours-populaire = Association: food aid, clothes, holidays, access to rights.
svc-croix-rouge = Association: food aid, clothes shops, day centres.

## « Ai-je droit ? » : tableaux de plafonds et leurs résultats (tranche eligibility)
node-housing-eligibility = Can I get social housing?
    .question = How many people live in your home, including you?
node-housing-eligible-plai = Social housing: probably yes, even the cheapest (PLAI)
    .text = From your answers, your income is under the lowest ceiling: you can probably apply for all social housing, even the homes with the lowest rents (PLAI). This is an estimate: the landlord checks your tax notice. Apply online or at a desk; it is free.
node-housing-eligible-plus = Social housing: probably yes (HLM, PLUS)
    .text = From your answers, you can probably apply for ordinary social housing (HLM, PLUS category) or intermediate housing (PLS). This is an estimate: the landlord checks your tax notice. Apply online or at a desk; it is free.
node-housing-eligible-pls = Social housing: probably yes, PLS category
    .text = From your answers, your income is above the ordinary HLM ceiling, but you can probably apply for intermediate social housing (PLS), with slightly higher rents. This is an estimate: the landlord checks your tax notice.
node-housing-not-eligible = Social housing: probably not
    .text = From your answers, your income is above the social housing ceilings. This is an estimate: if your income has fallen since, ask for advice. The ADIL gives free information on other ways to find a home.
table-social-housing-adjust-alone-with-dependents = Are you the only adult, with the other people depending on you (children…)?
table-social-housing-adjust-disability = Does someone in your household have a disability card (carte mobilité inclusion)?
table-social-housing-adjust-young-couple = Are you a couple whose two ages add up to 55 or less?
table-social-housing-income = Your household's income in 2024: the "revenu fiscal de référence" on the tax notice you received in 2025. Where is it?
node-health-css-check = Can I get the Complémentaire santé solidaire?
    .question = How many people live in your household, including you?
node-health-css-free = Complémentaire santé solidaire: probably free
    .text = From your answers, you can probably get the Complémentaire santé solidaire without paying anything. This is an estimate: Health Insurance checks your income. Ask for it on ameli.fr or at the CPAM.
node-health-css-paid = Complémentaire santé solidaire: probably, at a low price
    .text = From your answers, you can probably get the Complémentaire santé solidaire for less than €1 a day per person. This is an estimate: Health Insurance checks your income. Ask for it on ameli.fr or at the CPAM.
node-health-css-above = Complémentaire santé solidaire: probably not
    .text = From your answers, your income is above the ceilings. This is an estimate. A mutual insurance, or your employer's, can cover you: the CCAS or France Services can help you choose.
table-css-income = All your household's income over the last 12 months: wages, benefits, pensions… Where is it?
table-social-housing-row-1 = 1 person
table-social-housing-row-2 = 2 people
table-social-housing-row-3 = 3 people
table-social-housing-row-4 = 4 people
table-social-housing-row-5 = 5 people
table-social-housing-row-6 = 6 people
table-social-housing-row-7 = 7 people
table-social-housing-row-8 = 8 people or more
table-css-row-1 = 1 person
table-css-row-2 = 2 people
table-css-row-3 = 3 people
table-css-row-4 = 4 people
table-css-row-5 = 5 people
table-css-row-6 = 6 people
table-css-row-7 = 7 people
table-css-row-8 = 8 people or more

## online: Action Logement, and the official online procedures (online.toml)

node-housing-action-logement = Action Logement aids
    .question = Which Action Logement aid are you looking for?
node-housing-visale = A free guarantor (Visale)
    .text = You have no guarantor to rent a home? With the Visale guarantee, Action Logement (the employers' housing body) stands guarantor for you, free of charge. If you cannot pay the rent, Action Logement pays the landlord, then you pay it back. It is for people under 30 (students, apprentices, employees, job seekers…) and for some older employees (recently hired, low wage). Apply on visale.fr before signing the lease.
node-housing-loca-pass = Advance on the deposit (Loca-Pass)
    .text = Action Logement can advance your security deposit. It is a loan with no interest and no fees: you pay it back little by little, within 25 months at most. For employees of a private company (not farming), and for people under 30 in work-study, looking for work, or students (with a state grant or a job). Apply at the latest 2 months after moving in.
node-housing-mobili-jeune = Rent help for work-study (Mobili-Jeune)
    .text = You are under 30 and in an apprenticeship or a professionalisation contract with a private company (not farming)? The Mobili-Jeune aid pays part of your rent every month, if your wage is low and you moved for your training or your work. Apply on Action Logement's site, close to the start of your contract.
svc-action-logement = Visale guarantee, Loca-Pass advance, Mobili-Jeune aid: information and help to apply, by phone.
online-demande-logement-social = Social housing application
    .asks = The site asks for your identity document (and residence permit), your income and your tax notice. It takes about 20 minutes. You then receive a unique number.
online-caf-simulation-logement = Housing aid estimate (CAF)
    .asks = The site asks for your rent, your income and who lives with you. It takes about 10 minutes. It is an estimate: you can then apply.
online-cheque-energie = Energy voucher
    .asks = The site asks for the tax number and the reference of your tax notice, to tell you whether you are entitled to the voucher. It takes about 5 minutes.
online-visale = Visale guarantee
    .asks = The site asks you to create an account with an e-mail address, then for your identity document and proof of your situation (work contract, payslips or school certificate). It takes about 15 minutes.
online-loca-pass = Loca-Pass advance
    .asks = The site asks you to create an account, then for your lease, your identity document, your bank details and proof of your situation (work or work-study contract). It takes about 15 minutes.
online-mobili-jeune = Mobili-Jeune aid
    .asks = The site asks you to create an account, then for your work-study contract, your lease, your bank details and your identity document. It takes about 15 minutes.
