# Default pack of borne — French texts.
# Translators: titles (node-ID) sit on tiles: keep them short (about 30 characters).
# .question is one short sentence asked to the resident.
# .text is one to three short, plain sentences: everyday words, one idea per sentence.
# Never add amounts or phone numbers that are not in the source page.

pack-title = Vos droits et services près de chez vous
pack-help = Une personne peut vous aider gratuitement : le CCAS de la mairie ou l'espace France Services.

## Home

node-home = Accueil
    .question = Que cherchez-vous ?

## Topics (home tiles)

node-housing = Logement
    .question = De quoi avez-vous besoin pour votre logement ?
node-health = Santé
    .question = De quoi avez-vous besoin pour votre santé ?
node-money = Argent
    .question = Quelle aide cherchez-vous ?
node-work = Travail
    .question = Que cherchez-vous pour le travail ?
node-family = Famille
    .question = De quoi avez-vous besoin pour votre famille ?
node-papers = Papiers et démarches
    .question = Quelle démarche voulez-vous faire ?
node-justice = Justice et droits
    .question = Quel est votre problème ?
node-food = Manger, s'habiller, se laver
    .question = De quoi avez-vous besoin ?
node-emergency = Urgence
    .question = Que se passe-t-il ?

## Housing

node-housing-trouble = Problème de logement
    .question = Quel est le problème ?
node-housing-find = Trouver un logement
    .question = Que voulez-vous faire ?
node-housing-social = Demander un logement social
    .text = Vous pouvez demander un logement social (HLM) en ligne ou au guichet. C'est gratuit. Vous recevez un numéro unique, et il faut renouveler la demande chaque année.
node-housing-offers = Logements sociaux à louer
    .text = Voici des logements sociaux libres près d'ici. Choisissez une commune, un nombre de pièces ou un loyer. Pour demander un de ces logements, il faut une demande de logement social enregistrée.
node-housing-apl = Aide pour payer le loyer
    .text = La CAF (ou la MSA) peut payer une partie de votre loyer : c'est l'aide au logement (APL). Le montant dépend de vos revenus, de votre loyer et de votre famille. Faites la demande sur caf.fr ou à l'accueil de la CAF.
node-housing-energy = Payer l'électricité, le gaz
    .text = Le chèque énergie aide à payer l'électricité, le gaz ou le chauffage. Il est donné chaque année aux foyers qui ont de petits revenus. Si vous ne l'avez pas reçu, appelez le numéro vert ou demandez au CCAS.
node-housing-shelter = Dormir ce soir (115)
    .text = Vous n'avez pas d'endroit où dormir ? Appelez le 115. C'est gratuit, jour et nuit, et on cherche avec vous une place pour dormir.
node-housing-unpaid-rent = Loyer impayé
    .text = Agissez vite, même pour un petit retard. Prévenez votre propriétaire et la CAF. Un juriste de l'ADIL vous conseille gratuitement, et le CCAS peut chercher une aide avec vous.
node-housing-eviction = Menace d'expulsion
    .text = Vous avez reçu un papier d'un commissaire de justice (huissier) ou du tribunal ? Ne restez pas seul : il existe souvent des solutions. L'ADIL, le Point-justice et le CCAS vous aident gratuitement.
node-housing-fsl = Aide du FSL
    .text = Le Fonds de solidarité pour le logement (FSL) peut aider à payer une dette de loyer, des factures d'énergie ou d'eau, ou l'entrée dans un logement. Les règles dépendent du département. Un travailleur social fait la demande avec vous.
node-housing-unfit = Logement en mauvais état
    .text = Humidité, moisissures, chauffage ou électricité dangereux ? Le propriétaire doit louer un logement décent. Parlez-en à l'ADIL ou à la mairie : ils vous disent quoi faire.
node-housing-dalo = Droit au logement (Dalo)
    .text = Vous attendez un logement social depuis très longtemps, ou vous êtes sans logement ou mal logé ? Vous pouvez faire un recours Dalo. L'ADIL ou le CCAS vous aide à remplir le dossier.

## Health

node-health-cover = Être couvert pour les soins
    .question = Quelle est votre situation ?
node-health-puma = Assurance maladie
    .text = Vous travaillez ou vous vivez en France de façon stable et régulière ? L'Assurance Maladie rembourse une partie de vos soins. Faites la demande à la CPAM.
node-health-css = Complémentaire santé solidaire
    .text = La Complémentaire santé solidaire paie la part des soins que la Sécurité sociale ne rembourse pas. Elle est gratuite ou à petit prix, selon vos revenus. Demandez-la sur ameli.fr ou à la CPAM.
node-health-ame = Soins sans titre de séjour
    .text = Vous vivez en France depuis plus de 3 mois, sans titre de séjour ? L'aide médicale de l'État (AME) peut payer vos soins, selon vos revenus. Faites la demande à la CPAM.
node-health-card = Carte Vitale
    .text = La carte Vitale sert à être remboursé plus vite. Demandez-la sur votre compte ameli ou à l'accueil de la CPAM. Il faut une photo et une pièce d'identité.
node-health-doctor = Trouver un médecin
    .text = Choisissez un médecin traitant : vous serez mieux remboursé. Le médecin fait la déclaration avec vous. Si aucun médecin n'accepte, appelez l'Assurance Maladie au 3646.
node-health-mental = Moral, stress, angoisse
    .text = Vous vous sentez mal depuis un moment ? Parlez-en à un médecin : des séances chez un psychologue peuvent être remboursées. Si vous pensez au suicide, appelez le 3114, jour et nuit.
node-health-pregnancy = Grossesse
    .text = Le médecin ou la sage-femme déclare votre grossesse avant la fin du 3e mois. Les examens obligatoires sont pris en charge. La PMI de votre département peut aussi vous suivre gratuitement.
node-health-disability = Handicap : la MDPH
    .text = La MDPH de votre département étudie les demandes liées au handicap : AAH, carte mobilité inclusion, aides, travail. Il faut un dossier avec un certificat médical. Le CCAS ou France Services peut vous aider à le remplir.

## Money

node-money-debt = Dettes, budget, banque
    .question = Quel est votre problème d'argent ?
node-money-rsa = RSA
    .text = Le RSA est un revenu minimum pour les personnes de 25 ans et plus, ou plus jeunes dans certains cas. Il dépend des revenus du foyer. Avec le RSA, vous êtes inscrit à France Travail et vous signez un contrat d'engagement.
node-money-prime = Prime d'activité
    .text = Vous travaillez mais vous gagnez peu ? Dès 18 ans, la prime d'activité complète vos revenus, selon votre situation familiale. Demandez-la à la CAF, ou à la MSA si vous travaillez dans l'agriculture.
node-money-aah = Allocation handicap (AAH)
    .text = L'AAH est un revenu pour les personnes handicapées qui ont peu de ressources. La MDPH décide d'abord de votre taux de handicap. Ensuite, la CAF ou la MSA verse l'allocation.
node-money-aspa = Petite retraite (ASPA)
    .text = L'ASPA complète les petites retraites, à partir de 65 ans. Demandez-la à votre caisse de retraite. Une partie peut être reprise sur l'héritage : demandez conseil avant.
node-money-overdebt = Trop de dettes
    .text = Vous ne pouvez plus payer vos dettes ? Déposez un dossier de surendettement à la Banque de France, c'est gratuit. La commission peut étaler ou effacer des dettes.
node-money-budget = Aide pour le budget
    .text = Un Point conseil budget vous aide à faire vos comptes et à parler à vos créanciers. C'est gratuit, confidentiel et ouvert à tous. Demandez l'adresse au CCAS.
node-money-bank-account = Ouvrir un compte bancaire
    .text = Une banque refuse de vous ouvrir un compte ? Demandez-lui une lettre de refus. La Banque de France choisit alors une banque qui doit vous ouvrir un compte avec les services de base, gratuitement.

## Work

node-work-register = S'inscrire à France Travail
    .text = Inscrivez-vous sur francetravail.fr ou au 3949. Si vous demandez ou touchez le RSA, l'inscription est automatique. Un conseiller vous aide à chercher un emploi ou une formation.
node-work-benefit = Allocation chômage
    .text = Vous avez perdu votre emploi ? L'allocation chômage (ARE) dépend du temps travaillé et de votre ancien salaire. Demandez-la en vous inscrivant à France Travail.
node-work-young = Jeunes de 16 à 25 ans
    .text = Vous avez 16 à 25 ans (29 ans si handicap), sans emploi ni formation ? La Mission locale vous accompagne. Avec le Contrat d'engagement jeune, vous pouvez recevoir une allocation, selon vos ressources.
node-work-french = Apprendre le français
    .text = Vous venez d'avoir votre premier titre de séjour ? Avec le contrat d'intégration républicaine, l'OFII peut vous proposer des cours de français gratuits. Sinon, la mairie connaît les ateliers près de chez vous.
node-work-rights = Problème avec l'employeur
    .text = Salaire non payé, licenciement, contrat, accident du travail ? Le Code du travail numérique explique vos droits. Le Point-justice vous conseille gratuitement.
node-work-disability = Travailler avec un handicap
    .text = La reconnaissance de travailleur handicapé (RQTH) vous aide à trouver ou à garder un emploi. Demandez-la à la MDPH. France Travail ou Cap emploi vous accompagnent ensuite.

## Family

node-family-allowances = Allocations familiales
    .text = Avec au moins 2 enfants, la CAF verse les allocations familiales. Le montant dépend de vos revenus. Déclarez chaque enfant à la CAF.
node-family-birth = Un bébé arrive
    .text = Déclarez la naissance à la mairie dans les 5 jours, puis à la CAF et à l'Assurance Maladie. Selon vos revenus, la CAF peut verser une prime à la naissance et une allocation chaque mois.
node-family-childcare = Faire garder mon enfant
    .text = La CAF aide à payer une assistante maternelle agréée, et le prix de la crèche dépend de vos revenus. Cherchez les places près de chez vous sur monenfant.fr ou à la mairie.
node-family-separation = Séparation, pension
    .text = La CAF peut recevoir la pension alimentaire et vous la verser chaque mois. Si elle n'est pas payée, la CAF peut aider à la récupérer. En cas de violences, appelez le 3919.
node-family-school = Rentrée scolaire
    .text = La CAF verse l'allocation de rentrée scolaire en août, pour les enfants de 6 à 18 ans qui vont à l'école. Elle dépend de vos revenus. Pour un enfant de 16 à 18 ans, déclarez qu'il étudie.
node-family-elderly = Aider un proche âgé
    .text = L'APA aide à payer une aide à domicile ou une maison de retraite, pour les personnes de 60 ans et plus qui perdent leur autonomie. Le département décide. Le CCAS vous aide à faire la demande.

## Papers

node-papers-identity = Carte d'identité, passeport
    .question = Quel papier voulez-vous ?
node-papers-id-card = Carte d'identité
    .text = Prenez rendez-vous dans une mairie qui fait les cartes d'identité (pas forcément la vôtre). Vous pouvez faire une pré-demande en ligne. La première carte est gratuite.
node-papers-passport = Passeport
    .text = Prenez rendez-vous dans une mairie qui fait les passeports. Faites la pré-demande en ligne. Le passeport est payant : achetez un timbre fiscal avant le rendez-vous.
node-papers-birth-certificate = Acte de naissance
    .text = Vous êtes né en France ? Demandez une copie à la mairie du lieu de naissance, c'est gratuit. Si vous êtes né à l'étranger, la démarche dépend de votre nationalité : demandez conseil.
node-papers-residence = Titre de séjour
    .text = La plupart des demandes de titre de séjour se font en ligne, sur le site ANEF. Faites-la avant la fin de votre titre actuel. France Services ou une association peut vous aider.
node-papers-asylum = Demander l'asile
    .text = Pour demander l'asile, une association ou une structure d'accueil vous oriente vers le guichet de la préfecture. Pendant la demande, l'OFII peut proposer un hébergement et une aide financière.
node-papers-domiciliation = Avoir une adresse
    .text = Sans adresse stable, vous pouvez avoir une adresse pour recevoir votre courrier : c'est la domiciliation. Demandez-la au CCAS de la commune où vous vivez. Elle dure 1 an et se renouvelle.
node-papers-online = Aide pour internet
    .text = Une démarche en ligne est difficile ? Un conseiller numérique ou un aidant habilité peut la faire avec vous, gratuitement. Apportez vos papiers et vos mots de passe si vous en avez.
node-papers-france-services = France Services
    .text = France Services vous aide pour vos démarches : CAF, impôts, retraite, santé, emploi, papiers. Un agent vous reçoit gratuitement, près de chez vous.

## Justice

node-justice-info = Connaître mes droits
    .text = Une question de droit : logement, famille, travail, dettes, papiers ? Au Point-justice, des juristes et des avocats vous répondent, gratuitement et en toute confidentialité. Le 3039 vous donne l'adresse la plus proche.
node-justice-legal-aid = Payer un avocat
    .text = L'aide juridictionnelle paie tout ou une partie de l'avocat et des frais de justice. Elle dépend de vos revenus. Le Point-justice vous aide à faire la demande.
node-justice-victim = Victime d'une infraction
    .text = Vous avez subi un vol, une agression ou une autre infraction ? Vous pouvez porter plainte à la police ou à la gendarmerie. France Victimes vous écoute et vous aide gratuitement au 116 006.
node-justice-rights-defender = Litige avec l'administration
    .text = Un problème avec une administration (CAF, impôts, préfecture) ne se règle pas ? Le Défenseur des droits peut vous aider gratuitement. Un délégué peut vous recevoir près de chez vous.
node-justice-discrimination = Discrimination
    .text = On vous refuse un logement, un emploi ou un service à cause de votre origine, de votre handicap, de votre sexe ou de votre religion ? C'est interdit. Gardez les preuves et contactez le Défenseur des droits.
node-justice-conciliation = Conflit avec un voisin
    .text = Un conflit avec un voisin, un propriétaire ou un commerçant ? Le conciliateur de justice vous aide à trouver un accord. C'est gratuit.

## Food and daily life

node-food-aid = Aide pour manger
    .text = Le CCAS ou une assistante sociale vous oriente vers une épicerie solidaire, des colis ou des repas. Certaines associations, comme les Restos du Cœur, vous accueillent aussi directement.
node-food-clothes = Vêtements
    .text = Des vestiaires solidaires donnent ou vendent des vêtements à petit prix. Demandez au CCAS, au Secours populaire ou à la Croix-Rouge.
node-food-hygiene = Se laver, laver son linge
    .text = Des accueils de jour et des bains-douches proposent une douche, une laverie et des produits d'hygiène. Le site Soliguide et le 115 indiquent les lieux proches.
node-food-canteen = Cantine scolaire
    .text = La mairie fixe le prix de la cantine, souvent selon les revenus. Demandez le tarif réduit à la mairie. Si vous ne pouvez pas payer, le CCAS peut vous aider.

## Emergency

node-emergency-other = Autre urgence
    .question = Quelle urgence ?
node-emergency-samu = Urgence médicale (15)
    .text = Malaise, blessure grave, difficulté à respirer ? Appelez le 15 (SAMU). C'est gratuit, jour et nuit.
node-emergency-police = Danger, agression (17)
    .text = Vous êtes en danger, ou quelqu'un l'est ? Appelez le 17 (police ou gendarmerie), gratuit, jour et nuit. Si vous ne pouvez pas parler, envoyez un SMS au 114.
node-emergency-violence = Violences (3919)
    .text = Appelez le 3919, gratuit et anonyme, jour et nuit : l'appel n'apparaît pas sur la facture. Il aide les femmes victimes de violences et les témoins. En danger immédiat, appelez le 17.
node-emergency-child = Enfant en danger (119)
    .text = Un enfant est en danger ou maltraité ? Appelez le 119, gratuit, jour et nuit : l'appel n'apparaît pas sur la facture. Un enfant peut appeler lui-même.
node-emergency-suicide = Idées suicidaires (3114)
    .text = Vous pensez au suicide, ou vous êtes inquiet pour un proche ? Appelez le 3114. C'est gratuit, jour et nuit, et des soignants vous écoutent.
node-emergency-deaf = Urgence par SMS (114)
    .text = Vous êtes sourd, malentendant ou vous ne pouvez pas parler ? Envoyez un SMS au 114 pour joindre la police, le SAMU ou les pompiers. C'est gratuit, jour et nuit.
node-emergency-fire = Incendie, accident (18)
    .text = Incendie, accident, personne coincée ? Appelez le 18 (pompiers). C'est gratuit, jour et nuit.
node-emergency-112 = Urgence européenne (112)
    .text = Le 112 est le numéro d'urgence dans toute l'Europe. Il est gratuit, avec tous les téléphones. On vous oriente vers le bon service.

## Documents

doc-id = Pièce d'identité
doc-passport = Passeport
doc-residence-permit = Titre de séjour ou récépissé
doc-proof-of-address = Justificatif de domicile
doc-tax-notice = Avis d'impôt
doc-payslip = Fiches de paie
doc-bank-details = RIB (relevé d'identité bancaire)
doc-health-card = Carte Vitale ou attestation
doc-lease = Contrat de location (bail)
doc-family-record = Livret de famille
doc-birth-certificate = Acte de naissance
doc-photo = Photo d'identité
doc-resources = Justificatifs de revenus
doc-rent-receipt = Quittances de loyer
doc-energy-bill = Factures d'énergie
doc-medical = Certificat médical
doc-letter = Courriers reçus
doc-court = Papiers du tribunal
doc-cv = CV
doc-debt-list = Liste des dettes et des crédits

## Services (one-line description)

# Exempleville: example services, to replace with real local ones.
svc-ccas-exempleville = Service social de la mairie : aides d'urgence, domiciliation, accompagnement.
svc-france-services-exempleville = Aide gratuite pour vos démarches : CAF, impôts, santé, emploi, papiers.
svc-caf-exempleville = Accueil de la CAF, sur rendez-vous : aides au logement, RSA, familles.
svc-cpam-exempleville = Accueil de l'Assurance Maladie : carte Vitale, AME, Complémentaire santé solidaire.
svc-france-travail-exempleville = Agence France Travail : inscription, recherche d'emploi, formation.
svc-mission-locale-exempleville = Accompagnement des jeunes de 16 à 25 ans : emploi, formation, logement.
svc-epicerie-sociale-exempleville = Épicerie solidaire : courses à petit prix, sur orientation d'un travailleur social.
svc-point-justice-exempleville = Conseils juridiques gratuits et confidentiels, aide aux victimes.
svc-conseiller-numerique-exempleville = Aide gratuite pour utiliser internet et faire vos démarches en ligne.
svc-mairie-exempleville = Mairie : état civil, cartes d'identité et passeports sur rendez-vous.
svc-exempleville-habitat = Bailleur social : logements à louer, demandes de logement, questions des locataires.

# National services.
svc-caf = Caisse d'allocations familiales : aides au logement, RSA, prime d'activité, familles.
svc-msa = Sécurité sociale agricole : santé, famille, prime d'activité pour le monde agricole.
svc-assurance-maladie = Assurance Maladie : remboursement des soins, carte Vitale, AME, Complémentaire santé solidaire.
svc-mon-soutien-psy = Trouver un psychologue dont les séances sont remboursées.
svc-france-travail = Inscription, allocation chômage, offres d'emploi et formations.
svc-mission-locale = Trouver la Mission locale la plus proche (jeunes de 16 à 25 ans).
svc-allo-service-public = Renseignements sur vos droits et vos démarches administratives.
svc-demande-logement-social = Faire ou renouveler une demande de logement social en ligne.
svc-adil = Conseil juridique gratuit sur le logement : loyers impayés, expulsion, droits du locataire.
svc-cheque-energie = Questions sur le chèque énergie : droit, envoi, utilisation.
svc-samu-social-115 = Hébergement d'urgence pour les personnes sans abri, jour et nuit.
svc-violences-femmes-info-3919 = Écoute et conseil pour les femmes victimes de violences et les témoins, anonyme et gratuit.
svc-allo-119 = Enfance en danger : écoute et signalement, gratuit, jour et nuit.
svc-numero-3114 = Prévention du suicide : des soignants vous écoutent, gratuit, jour et nuit.
svc-urgence-114 = Urgences par SMS pour les personnes sourdes, malentendantes ou qui ne peuvent pas parler.
svc-samu-15 = Urgences médicales, jour et nuit.
svc-police-17 = Police ou gendarmerie en cas de danger, jour et nuit.
svc-pompiers-18 = Pompiers : incendie, accident, secours, jour et nuit.
svc-urgence-112 = Numéro d'urgence européen, depuis tous les téléphones.
svc-point-justice-3039 = Numéro gratuit pour trouver le Point-justice le plus proche.
svc-france-victimes = Aide gratuite aux victimes d'infractions et à leurs proches.
svc-defenseur-des-droits = Aide gratuite en cas de problème avec une administration ou de discrimination.
svc-conciliateurs = Trouver un conciliateur de justice pour régler un conflit à l'amiable.
svc-banque-de-france = Surendettement, droit au compte bancaire, fichiers bancaires.
svc-point-conseil-budget = Trouver un Point conseil budget : aide gratuite pour gérer son budget.
svc-info-retraite = Site commun des caisses de retraite : vos droits, vos démarches.
svc-pour-les-personnes-agees = Informations et aides pour les personnes âgées et leurs proches.
svc-monparcourshandicap = Informations sur le handicap et adresse de votre MDPH.
svc-monenfant = Trouver une crèche ou une assistante maternelle près de chez vous.
svc-code-travail-numerique = Vos droits au travail expliqués simplement.
svc-anef = Site officiel pour demander ou renouveler un titre de séjour.
svc-ofii = Accueil et intégration des étrangers : cours de français, demandeurs d'asile.
svc-refugies-info = Informations traduites pour les personnes réfugiées et exilées.
svc-ants = Pré-demande en ligne de carte d'identité et de passeport.
svc-aidants-connect = Des aidants habilités font vos démarches en ligne avec vous, en sécurité.
svc-soliguide = Carte des lieux utiles : repas, douches, soins, vêtements.
svc-restos-du-coeur = Association : repas, colis alimentaires, aide aux personnes.
svc-secours-populaire = Association : aide alimentaire, vêtements, vacances, accès aux droits.
svc-croix-rouge = Association : aide alimentaire, vestiaires, accueil de jour.

## « Ai-je droit ? » : tableaux de plafonds et leurs résultats (tranche eligibility)
node-housing-eligibility = Ai-je droit à un logement social ?
    .question = Combien de personnes vivent dans votre logement, vous compris ?
node-housing-eligible-plai = Logement social : probablement oui, même les moins chers (PLAI)
    .text = Selon vos réponses, vos revenus sont sous le plafond le plus bas : vous pouvez probablement demander tous les logements sociaux, même ceux aux loyers les plus bas (PLAI). C'est une estimation : le bailleur vérifie votre avis d'impôt. Faites la demande en ligne ou au guichet, c'est gratuit.
node-housing-eligible-plus = Logement social : probablement oui (HLM, PLUS)
    .text = Selon vos réponses, vous pouvez probablement demander un logement social classique (HLM, catégorie PLUS) ou intermédiaire (PLS). C'est une estimation : le bailleur vérifie votre avis d'impôt. Faites la demande en ligne ou au guichet, c'est gratuit.
node-housing-eligible-pls = Logement social : probablement oui, catégorie PLS
    .text = Selon vos réponses, vos revenus dépassent le plafond des HLM classiques, mais vous pouvez probablement demander les logements sociaux intermédiaires (PLS), aux loyers un peu plus hauts. C'est une estimation : le bailleur vérifie votre avis d'impôt.
node-housing-not-eligible = Logement social : probablement non
    .text = Selon vos réponses, vos revenus dépassent les plafonds du logement social. C'est une estimation : si vos revenus ont baissé depuis, demandez conseil. L'ADIL vous informe gratuitement sur les autres façons de vous loger.
table-social-housing-adjust-alone-with-dependents = Êtes-vous un seul adulte, avec les autres personnes à votre charge (enfants…) ?
table-social-housing-adjust-disability = Une personne de votre foyer a-t-elle une carte d'invalidité (carte mobilité inclusion) ?
table-social-housing-adjust-young-couple = Êtes-vous un couple dont les deux âges font 55 ans ou moins en tout ?
table-social-housing-income = Les revenus du foyer en 2024 : c'est le « revenu fiscal de référence » écrit sur l'avis d'impôt reçu en 2025. Où est-il ?
node-health-css-check = Ai-je droit à la Complémentaire santé solidaire ?
    .question = Combien de personnes vivent dans votre foyer, vous compris ?
node-health-css-free = Complémentaire santé solidaire : probablement gratuite
    .text = Selon vos réponses, vous pouvez probablement avoir la Complémentaire santé solidaire sans rien payer. C'est une estimation : l'Assurance Maladie vérifie vos ressources. Demandez-la sur ameli.fr ou à la CPAM.
node-health-css-paid = Complémentaire santé solidaire : probablement, à petit prix
    .text = Selon vos réponses, vous pouvez probablement avoir la Complémentaire santé solidaire pour moins de 1 € par jour et par personne. C'est une estimation : l'Assurance Maladie vérifie vos ressources. Demandez-la sur ameli.fr ou à la CPAM.
node-health-css-above = Complémentaire santé solidaire : probablement non
    .text = Selon vos réponses, vos ressources dépassent les plafonds. C'est une estimation. Une mutuelle, ou celle de votre employeur, peut vous couvrir : le CCAS ou France Services peut vous aider à choisir.
table-css-income = Toutes les ressources du foyer sur les 12 derniers mois : salaires, allocations, pensions… Où sont-elles ?
table-social-housing-row-1 = 1 personne
table-social-housing-row-2 = 2 personnes
table-social-housing-row-3 = 3 personnes
table-social-housing-row-4 = 4 personnes
table-social-housing-row-5 = 5 personnes
table-social-housing-row-6 = 6 personnes
table-social-housing-row-7 = 7 personnes
table-social-housing-row-8 = 8 personnes ou plus
table-css-row-1 = 1 personne
table-css-row-2 = 2 personnes
table-css-row-3 = 3 personnes
table-css-row-4 = 4 personnes
table-css-row-5 = 5 personnes
table-css-row-6 = 6 personnes
table-css-row-7 = 7 personnes
table-css-row-8 = 8 personnes ou plus

## online: Action Logement, and the official online procedures (online.toml)

node-housing-action-logement = Aides Action Logement
    .question = Quelle aide d'Action Logement cherchez-vous ?
node-housing-visale = Un garant gratuit (Visale)
    .text = Vous n'avez pas de garant pour louer ? Avec la garantie Visale, Action Logement se porte garant pour vous, gratuitement. Si vous ne pouvez pas payer le loyer, Action Logement paie le propriétaire, puis vous le remboursez. Elle est pour les moins de 30 ans (étudiant, apprenti, salarié, sans emploi…) et pour certains salariés plus âgés (embauche récente, petit salaire). Demandez-la sur visale.fr avant de signer le bail.
node-housing-loca-pass = Avance du dépôt de garantie (Loca-Pass)
    .text = Action Logement peut avancer votre dépôt de garantie. C'est un prêt sans intérêts ni frais : vous le remboursez petit à petit, en 25 mois au plus. Pour les salariés d'une entreprise privée (hors agricole), et pour les moins de 30 ans en alternance, en recherche d'emploi ou étudiants (boursiers ou salariés). Demandez-la au plus tard 2 mois après l'entrée dans le logement.
node-housing-mobili-jeune = Aide au loyer des alternants (Mobili-Jeune)
    .text = Vous avez moins de 30 ans et vous êtes en apprentissage ou en contrat de professionnalisation dans une entreprise privée (hors agricole) ? L'aide Mobili-Jeune paie une partie de votre loyer chaque mois, si votre salaire est petit et si vous avez déménagé pour votre formation ou votre travail. Faites la demande sur le site d'Action Logement, près du début de votre contrat.
svc-action-logement = Garantie Visale, avance Loca-Pass, aide Mobili-Jeune : informations et aide pour la demande, par téléphone.
online-demande-logement-social = Demande de logement social
    .asks = Le site demande votre pièce d'identité (et votre titre de séjour), vos revenus et votre avis d'impôt. Comptez environ 20 minutes. Vous recevez ensuite un numéro unique.
online-caf-simulation-logement = Simulation de l'aide au logement (CAF)
    .asks = Le site demande votre loyer, vos revenus et qui vit avec vous. Comptez environ 10 minutes. C'est une estimation : vous pouvez ensuite faire la demande.
online-cheque-energie = Chèque énergie
    .asks = Le site demande le numéro fiscal et la référence de votre avis d'impôt, pour dire si vous avez droit au chèque. Comptez environ 5 minutes.
online-visale = Garantie Visale
    .asks = Le site demande de créer un compte avec une adresse e-mail, puis votre pièce d'identité et un justificatif de votre situation (contrat de travail, bulletins de salaire ou certificat de scolarité). Comptez environ 15 minutes.
online-loca-pass = Avance Loca-Pass
    .asks = Le site demande de créer un compte, puis votre bail, votre pièce d'identité, un RIB et un justificatif de votre situation (contrat de travail ou d'alternance). Comptez environ 15 minutes.
online-mobili-jeune = Aide Mobili-Jeune
    .asks = Le site demande de créer un compte, puis votre contrat d'alternance, votre bail, un RIB et votre pièce d'identité. Comptez environ 15 minutes.
