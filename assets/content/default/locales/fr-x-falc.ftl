# Français facile à lire et à comprendre (FALC) — draft to be reviewed with readers, as the FALC method requires.
# Easy-to-read French version of fr.ftl, following the Inclusion Europe rules
# (Information pour tous, 2009): everyday words, one idea per sentence, one sentence per line,
# every acronym followed by its official name and what it is.
# A resident may open any screen first: a difficult word is explained again on each screen.
# Same message ids and attributes as fr.ftl. Never add amounts.

pack-title = Vos droits et les services près de chez vous
pack-help =
    Une personne peut vous aider.
    C'est gratuit.
    Allez au CCAS (centre communal d'action sociale) : c'est le service social de la mairie.
    Ou allez à France Services : des personnes vous aident pour vos papiers et vos démarches.

## Home

node-home = Accueil
    .question = Que cherchez-vous ?

## Topics (home tiles)

node-housing = Logement
    .question = De quoi avez-vous besoin pour votre logement ?
node-health = Santé
    .question = De quoi avez-vous besoin pour votre santé ?
node-money = Argent
    .question = Quelle aide pour l'argent cherchez-vous ?
node-work = Travail
    .question = Que cherchez-vous pour le travail ?
node-family = Famille
    .question = De quoi avez-vous besoin pour votre famille ?
node-papers = Papiers et démarches
    .question = Que voulez-vous faire ?
node-justice = Justice et droits
    .question = Quel est votre problème ?
node-food = Manger, s'habiller, se laver
    .question = De quoi avez-vous besoin ?
node-emergency = Urgence
    .question = Que se passe-t-il ?

## Housing

node-housing-trouble = Problème de logement
    .question = Quel est le problème ?
node-housing-find = Trouver un logement
    .question = Que voulez-vous faire ?
node-housing-social = Demander un logement social
    .text =
        Un logement social est un logement avec un loyer moins cher.
        On dit aussi un HLM (habitation à loyer modéré).
        Vous pouvez faire la demande sur internet.
        Vous pouvez aussi la faire à un guichet : un bureau où une personne vous reçoit.
        La demande est gratuite.
        Vous recevez un numéro unique : c'est le numéro de votre demande.
        Chaque année, vous devez renouveler votre demande.
        Renouveler veut dire : confirmer votre demande pour la garder.
node-housing-offers = Logements sociaux à louer
    .text =
        Voici des logements sociaux libres.
        Un logement social est un logement avec un loyer moins cher.
        Vous pouvez choisir la ville.
        Vous pouvez choisir le nombre de pièces et le prix.
        Pour avoir un de ces logements, il faut d'abord faire une demande de logement social.
node-housing-apl = Aide pour payer le loyer
    .text =
        La CAF (Caisse d'allocations familiales) verse des aides pour le logement et la famille.
        Elle peut payer une partie de votre loyer.
        Vous travaillez dans l'agriculture ?
        Alors c'est la MSA (Mutualité sociale agricole) qui verse cette aide.
        Cette aide s'appelle l'aide au logement.
        On dit souvent « l'APL » (aide personnalisée au logement).
        Le montant dépend de vos revenus : l'argent que vous recevez.
        Il dépend aussi de votre loyer et de votre famille.
        Faites la demande sur le site caf.fr ou à l'accueil de la CAF.
node-housing-energy = Payer l'électricité, le gaz
    .text =
        Le chèque énergie vous aide à payer l'électricité, le gaz ou le chauffage.
        Il est envoyé chaque année aux foyers qui ont de petits revenus.
        Un foyer, ce sont les personnes qui vivent dans le même logement.
        Les revenus, c'est l'argent que vous recevez.
        Vous n'avez pas reçu le chèque énergie ?
        Appelez le numéro vert du chèque énergie : c'est un numéro gratuit.
        Vous pouvez aussi demander au CCAS : le service social de la mairie.
node-housing-shelter = Dormir ce soir (115)
    .text =
        Vous n'avez pas d'endroit pour dormir ?
        Appelez le 115.
        C'est gratuit, jour et nuit.
        Une personne cherche avec vous une place pour dormir.
node-housing-unpaid-rent = Retard pour payer le loyer
    .text =
        Vous avez du retard pour payer votre loyer ?
        Agissez vite, même pour un petit retard.
        Prévenez votre propriétaire.
        Prévenez aussi la CAF (Caisse d'allocations familiales) : elle verse les aides au logement.
        L'ADIL (Agence départementale d'information sur le logement) vous conseille gratuitement.
        À l'ADIL, un juriste vous répond : une personne qui connaît bien la loi.
        Le CCAS peut aussi chercher une aide avec vous.
        Le CCAS est le service social de la mairie.
node-housing-eviction = Menace d'expulsion
    .text =
        Vous avez reçu un papier d'un commissaire de justice ou du tribunal ?
        Le commissaire de justice apporte les papiers officiels de la justice.
        Avant, on l'appelait l'huissier.
        Le tribunal est le lieu où les juges décident.
        Demandez de l'aide vite : il existe souvent des solutions.
        L'ADIL (Agence départementale d'information sur le logement) vous conseille sur le logement.
        Le Point-justice vous conseille sur la loi.
        Le CCAS (le service social de la mairie) peut aussi vous aider.
        Ces aides sont gratuites.
node-housing-fsl = Aide du FSL : dettes, factures
    .text =
        Le FSL (Fonds de solidarité pour le logement) donne des aides pour le logement.
        Il peut aider à payer une dette de loyer.
        Une dette, c'est de l'argent que vous devez.
        Il peut aider à payer les factures d'électricité, de gaz ou d'eau.
        Il peut aussi aider à payer les frais pour entrer dans un nouveau logement.
        Les règles changent selon le département où vous habitez.
        Un travailleur social fait la demande avec vous.
        Un travailleur social aide les personnes : par exemple, une assistante sociale.
node-housing-unfit = Logement en mauvais état
    .text =
        Il y a de l'humidité ou des moisissures chez vous ?
        Les moisissures sont des taches noires ou vertes sur les murs.
        Le chauffage ou l'électricité sont dangereux ?
        Le propriétaire doit louer un logement décent.
        Décent veut dire : en bon état et sans danger pour votre santé et votre sécurité.
        Parlez-en à l'ADIL (Agence départementale d'information sur le logement).
        Vous pouvez aussi en parler à la mairie.
        Ils vous disent quoi faire.
node-housing-dalo = Droit au logement (Dalo)
    .text =
        Vous attendez un logement social depuis très longtemps ?
        Vous êtes sans logement ?
        Ou vous êtes mal logé, par exemple dans un logement dangereux ?
        Vous pouvez faire un recours Dalo.
        Dalo veut dire : droit au logement opposable.
        C'est un droit : l'État doit proposer un logement à certaines personnes.
        Un recours est une demande officielle.
        Une commission étudie votre demande : c'est un groupe de personnes qui décide.
        L'ADIL (Agence départementale d'information sur le logement) vous aide à remplir le dossier.
        Le CCAS (le service social de la mairie) peut aussi vous aider.

## Health

node-health-cover = Être remboursé des soins
    .question = Quelle est votre situation ?
node-health-puma = Assurance Maladie
    .text =
        Vous travaillez en France ?
        Ou vous vivez en France de façon stable et régulière ?
        Stable veut dire : en général, vous vivez en France depuis plus de 3 mois.
        Régulière veut dire : vous avez le droit de vivre en France.
        Alors l'Assurance Maladie paie une partie de vos soins.
        Les soins, ce sont par exemple le médecin, les médicaments ou l'hôpital.
        Faites la demande à la CPAM (Caisse primaire d'assurance maladie).
        La CPAM est l'accueil de l'Assurance Maladie près de chez vous.
node-health-css = Complémentaire santé solidaire
    .text =
        Quand vous vous soignez, l'Assurance Maladie paie une partie.
        La Complémentaire santé solidaire paie l'autre partie.
        Elle est gratuite, ou elle coûte peu.
        Cela dépend de vos revenus : l'argent que vous recevez.
        Demandez-la sur le site ameli.fr.
        Vous pouvez aussi la demander à la CPAM (Caisse primaire d'assurance maladie).
        La CPAM est l'accueil de l'Assurance Maladie près de chez vous.
node-health-ame = Soins sans titre de séjour
    .text =
        Vous vivez en France depuis plus de 3 mois ?
        Vous n'avez pas de titre de séjour ?
        Le titre de séjour est le papier qui donne le droit de vivre en France.
        L'AME (aide médicale de l'État) peut payer vos soins.
        Cela dépend de vos revenus : l'argent que vous recevez.
        Faites la demande à la CPAM (Caisse primaire d'assurance maladie).
        La CPAM est l'accueil de l'Assurance Maladie près de chez vous.
node-health-card = Carte Vitale
    .text =
        La carte Vitale est la carte de l'Assurance Maladie.
        Avec elle, vous êtes remboursé plus vite.
        Remboursé veut dire : l'Assurance Maladie vous rend l'argent de vos soins.
        Demandez la carte sur votre compte ameli.
        Le compte ameli est votre espace personnel sur le site ameli.fr.
        Vous pouvez aussi la demander à l'accueil de la CPAM (Caisse primaire d'assurance maladie).
        Il faut une photo et une pièce d'identité.
node-health-doctor = Trouver un médecin
    .text =
        Choisissez un médecin traitant.
        Le médecin traitant est votre médecin habituel : vous allez le voir en premier.
        Avec un médecin traitant, l'Assurance Maladie vous rembourse mieux.
        Le médecin fait la déclaration avec vous.
        Comme cela, l'Assurance Maladie sait qu'il est votre médecin traitant.
        Vous ne trouvez pas de médecin traitant ?
        Appelez l'Assurance Maladie au 3646.
node-health-mental = Tristesse, stress, angoisse
    .text =
        Vous vous sentez mal depuis un moment ?
        Parlez-en à un médecin.
        Un psychologue peut aussi vous aider : il écoute et il aide à aller mieux.
        L'Assurance Maladie peut rembourser des rendez-vous chez un psychologue.
        Vous pensez au suicide ?
        Vous avez envie de mourir ?
        Appelez le 3114.
        C'est gratuit, jour et nuit.
node-health-pregnancy = Grossesse
    .text =
        Vous êtes enceinte ?
        Allez voir un médecin ou une sage-femme avant la fin du 3e mois de grossesse.
        Le médecin ou la sage-femme déclare votre grossesse.
        Déclarer veut dire : prévenir officiellement l'Assurance Maladie et la CAF.
        La CAF est la Caisse d'allocations familiales.
        Pendant la grossesse, vous devez faire des examens médicaux.
        L'Assurance Maladie paie ces examens obligatoires.
        La PMI (Protection maternelle et infantile) est un service du département.
        La PMI peut aussi vous suivre pendant la grossesse, gratuitement.
node-health-disability = Handicap : aides et droits
    .text =
        La MDPH (Maison départementale des personnes handicapées) est un service du département.
        Elle étudie vos demandes liées au handicap.
        Par exemple : l'AAH, la carte mobilité inclusion, des aides, le travail.
        L'AAH (allocation aux adultes handicapés) est de l'argent pour vivre.
        La carte mobilité inclusion donne des droits : par exemple, une place de parking réservée.
        Pour faire la demande, il faut un dossier avec un certificat médical.
        Le certificat médical est un papier rempli par votre médecin.
        Le CCAS (le service social de la mairie) peut vous aider à remplir le dossier.
        France Services peut aussi vous aider.

## Money

node-money-debt = Dettes, budget, banque
    .question = Quel est votre problème d'argent ?
node-money-rsa = Revenu minimum (RSA)
    .text =
        Le RSA (revenu de solidarité active) est de l'argent pour vivre.
        Il est pour les personnes qui ont peu d'argent.
        Il faut avoir 25 ans ou plus.
        Dans certains cas, des personnes plus jeunes peuvent aussi l'avoir.
        Le montant dépend des revenus de votre foyer : l'argent que vous recevez.
        Le foyer, c'est vous, la personne qui vit en couple avec vous, et vos enfants.
        Avec le RSA, vous êtes inscrit à France Travail.
        France Travail aide à trouver un emploi : avant, on disait Pôle emploi.
        Vous signez aussi un contrat d'engagement.
        Ce contrat dit les étapes que vous allez faire, avec l'aide d'un conseiller.
node-money-prime = Prime d'activité
    .text =
        Vous travaillez, mais vous gagnez peu d'argent ?
        La prime d'activité est de l'argent en plus de l'argent de votre travail.
        Il faut avoir 18 ans ou plus.
        Le montant dépend de votre famille et de l'argent que vous gagnez.
        Demandez-la à la CAF (Caisse d'allocations familiales).
        Vous travaillez dans l'agriculture ?
        Alors demandez-la à la MSA (Mutualité sociale agricole).
node-money-aah = Allocation handicap (AAH)
    .text =
        L'AAH (allocation aux adultes handicapés) est de l'argent pour vivre.
        Elle est pour les personnes handicapées qui ont peu d'argent.
        D'abord, la MDPH (Maison départementale des personnes handicapées) regarde votre handicap.
        La MDPH décide de votre taux de handicap.
        Le taux de handicap dit si votre handicap est léger ou important.
        Sur les lettres, on dit aussi « taux d'incapacité ».
        Ensuite, la CAF (Caisse d'allocations familiales) vous verse l'allocation.
        Vous travaillez dans l'agriculture ?
        Alors c'est la MSA (Mutualité sociale agricole) qui la verse.
node-money-aspa = Petite retraite (ASPA)
    .text =
        Vous avez 65 ans ou plus ?
        Votre retraite est petite ?
        L'ASPA (allocation de solidarité aux personnes âgées) vous donne de l'argent en plus.
        Demandez-la à votre caisse de retraite : l'organisme qui vous verse votre retraite.
        Attention : après votre mort, une partie de cet argent peut être reprise.
        Elle est reprise sur ce que vous laissez à votre famille : l'héritage.
        Demandez conseil avant de faire la demande.
node-money-overdebt = Trop de dettes
    .text =
        Vous avez trop de dettes pour les payer ?
        Une dette, c'est de l'argent que vous devez.
        Faites un dossier de surendettement.
        Surendettement veut dire : avoir trop de dettes.
        Déposez ce dossier à la Banque de France.
        C'est gratuit.
        La commission de surendettement étudie votre dossier.
        Elle peut vous donner plus de temps pour payer vos dettes.
        Elle peut aussi effacer des dettes : vous n'avez plus à les payer.
node-money-budget = Aide pour gérer mon argent
    .text =
        Un Point conseil budget vous aide à gérer votre argent.
        Une personne vous aide à faire vos comptes : l'argent qui arrive et l'argent qui part.
        Elle vous aide aussi à parler à vos créanciers.
        Vos créanciers sont les personnes ou les entreprises à qui vous devez de l'argent.
        C'est gratuit.
        C'est confidentiel : la personne garde secret ce que vous dites.
        Tout le monde peut y aller.
        Demandez l'adresse au CCAS : le service social de la mairie.
node-money-bank-account = Ouvrir un compte en banque
    .text =
        Une banque refuse de vous ouvrir un compte ?
        Demandez à la banque une lettre de refus.
        Envoyez cette lettre à la Banque de France.
        La Banque de France choisit alors une banque pour vous.
        Cette banque doit vous ouvrir un compte.
        Elle vous donne gratuitement les services de base : par exemple, une carte de paiement.

## Work

node-work-register = S'inscrire à France Travail
    .text =
        France Travail aide à trouver un emploi : avant, on disait Pôle emploi.
        Inscrivez-vous sur le site francetravail.fr.
        Vous pouvez aussi appeler le 3949.
        Le RSA (revenu de solidarité active) est de l'argent pour vivre.
        Vous demandez le RSA ou vous recevez le RSA ?
        Alors vous êtes inscrit automatiquement.
        Un conseiller vous aide à chercher un emploi ou une formation.
        Une formation, ce sont des cours pour apprendre un métier.
node-work-benefit = Allocation chômage
    .text =
        Vous avez perdu votre emploi ?
        L'allocation chômage est de l'argent chaque mois, pendant que vous cherchez un emploi.
        Son nom officiel est ARE : aide au retour à l'emploi.
        Cette aide dépend du temps que vous avez travaillé.
        Elle dépend aussi de votre ancien salaire.
        Pour la demander, inscrivez-vous à France Travail.
        France Travail aide à trouver un emploi : avant, on disait Pôle emploi.
node-work-young = Jeunes de 16 à 25 ans
    .text =
        Vous avez entre 16 et 25 ans ?
        Vous avez un handicap reconnu ? Alors c'est jusqu'à 29 ans.
        Vous êtes sans emploi et sans formation ?
        La Mission locale vous aide : c'est un lieu pour aider les jeunes.
        Vous pouvez signer un Contrat d'engagement jeune.
        Avec ce contrat, un conseiller vous accompagne de près.
        Vous pouvez aussi recevoir de l'argent chaque mois.
        Cela dépend de vos ressources : l'argent que vous recevez.
node-work-french = Apprendre le français
    .text =
        Vous avez reçu votre premier titre de séjour il y a peu de temps ?
        Le titre de séjour est le papier qui donne le droit de vivre en France.
        Il existe le contrat d'intégration républicaine.
        C'est un contrat avec l'État, pour bien vous installer en France.
        Avec ce contrat, l'OFII peut vous proposer des cours de français gratuits.
        L'OFII (Office français de l'immigration et de l'intégration) accueille les étrangers en France.
        Dans les autres cas, demandez à la mairie.
        La mairie connaît les cours de français près de chez vous.
node-work-rights = Problème avec l'employeur
    .text =
        Votre employeur ne vous paie pas votre salaire ?
        Vous êtes licencié : votre employeur arrête votre contrat de travail ?
        Vous avez un problème de contrat ?
        Vous avez eu un accident au travail ?
        Le Code du travail numérique est un site internet officiel.
        Il explique vos droits au travail.
        Le Point-justice vous conseille aussi, gratuitement.
        Au Point-justice, des personnes qui connaissent bien la loi vous répondent.
node-work-disability = Travailler avec un handicap
    .text =
        La RQTH vous aide à trouver un emploi ou à garder votre emploi.
        RQTH veut dire : reconnaissance de la qualité de travailleur handicapé.
        C'est une décision officielle : elle dit que vous êtes un travailleur handicapé.
        Demandez la RQTH à la MDPH (Maison départementale des personnes handicapées).
        Ensuite, France Travail ou Cap emploi vous accompagnent.
        Cap emploi aide les personnes handicapées à trouver un emploi.

## Family

node-family-allowances = Allocations familiales
    .text =
        Vous avez 2 enfants ou plus ?
        La CAF (Caisse d'allocations familiales) vous verse les allocations familiales.
        C'est de l'argent chaque mois pour vos enfants.
        Le montant dépend de vos revenus : l'argent que vous recevez.
        Déclarez chaque enfant à la CAF.
        Déclarer veut dire : donner officiellement l'information.
node-family-birth = Un bébé arrive
    .text =
        Votre bébé est né ?
        Déclarez la naissance dans les 5 jours.
        Déclarez-la à la mairie de la ville où le bébé est né.
        Déclarer veut dire : dire officiellement que le bébé est né.
        Ensuite, prévenez la CAF (Caisse d'allocations familiales).
        Prévenez aussi l'Assurance Maladie.
        La CAF peut vous verser une prime à la naissance : de l'argent, une seule fois.
        La CAF peut aussi vous verser une allocation chaque mois.
        Cela dépend de vos revenus : l'argent que vous recevez.
node-family-childcare = Faire garder mon enfant
    .text =
        Une assistante maternelle garde des enfants chez elle.
        Elle doit être agréée : elle a l'autorisation officielle de garder des enfants.
        La CAF (Caisse d'allocations familiales) peut vous aider à la payer.
        À la crèche, le prix dépend de vos revenus : l'argent que vous recevez.
        Cherchez une place près de chez vous sur le site monenfant.fr.
        Vous pouvez aussi demander à la mairie.
node-family-separation = Séparation, pension
    .text =
        Vous êtes séparé de l'autre parent de vos enfants ?
        Un parent peut devoir verser une pension alimentaire à l'autre parent.
        La pension alimentaire est de l'argent pour les enfants.
        La CAF (Caisse d'allocations familiales) peut recevoir cette pension.
        Ensuite, la CAF vous la verse chaque mois.
        La pension n'est pas payée ?
        La CAF peut vous aider à récupérer l'argent.
        Vous subissez des violences ?
        Appelez le 3919.
node-family-school = Rentrée scolaire
    .text =
        La CAF (Caisse d'allocations familiales) verse l'allocation de rentrée scolaire.
        C'est de l'argent pour préparer la rentrée des classes.
        La CAF la verse en août.
        Elle est pour les enfants de 6 à 18 ans qui vont à l'école.
        Elle dépend de vos revenus : l'argent que vous recevez.
        Votre enfant a entre 16 et 18 ans ?
        Dites à la CAF qu'il fait encore des études.
node-family-elderly = Aider un proche âgé
    .text =
        L'APA (allocation personnalisée d'autonomie) est une aide pour les personnes âgées.
        Elle est pour les personnes de 60 ans et plus qui perdent leur autonomie.
        Perdre son autonomie veut dire : avoir besoin d'aide pour la vie de tous les jours.
        L'APA aide à payer une aide à domicile.
        Une aide à domicile est une personne qui vient aider à la maison.
        Elle aide aussi à payer une maison de retraite.
        Le département décide.
        Le CCAS (le service social de la mairie) vous aide à faire la demande.

## Papers

node-papers-identity = Carte d'identité, passeport
    .question = Quel papier voulez-vous ?
node-papers-id-card = Carte d'identité
    .text =
        Prenez rendez-vous dans une mairie qui fait les cartes d'identité.
        Vous pouvez choisir la mairie d'une autre ville.
        Avant le rendez-vous, vous pouvez faire une pré-demande sur internet.
        La pré-demande est un formulaire que vous remplissez avant le rendez-vous.
        La première carte d'identité est gratuite.
node-papers-passport = Passeport
    .text =
        Prenez rendez-vous dans une mairie qui fait les passeports.
        Faites la pré-demande sur internet avant le rendez-vous.
        La pré-demande est un formulaire que vous remplissez avant le rendez-vous.
        Le passeport est payant.
        Achetez un timbre fiscal avant le rendez-vous.
        Le timbre fiscal sert à payer l'État.
        Vous pouvez l'acheter sur internet ou dans un bureau de tabac.
node-papers-birth-certificate = Acte de naissance
    .text =
        L'acte de naissance est un papier officiel.
        Il dit quand et où vous êtes né.
        Vous êtes né en France ?
        Demandez une copie à la mairie de la ville où vous êtes né.
        C'est gratuit.
        Vous êtes né dans un autre pays ?
        Alors ce que vous devez faire dépend de votre nationalité.
        Votre nationalité, c'est le pays dont vous êtes citoyen.
        Demandez conseil.
node-papers-residence = Titre de séjour
    .text =
        Le titre de séjour est le papier qui vous donne le droit de vivre en France.
        Le plus souvent, la demande se fait sur internet, sur le site ANEF.
        ANEF veut dire : Administration numérique pour les étrangers en France.
        Vous avez déjà un titre de séjour ?
        Faites la nouvelle demande avant la date de fin de votre titre.
        France Services peut vous aider : un lieu où on vous aide pour vos papiers.
        Une association peut aussi vous aider.
node-papers-asylum = Demander l'asile
    .text =
        Demander l'asile veut dire : demander à la France de vous protéger.
        Vous pouvez le demander si vous êtes en danger dans votre pays.
        D'abord, une association ou un lieu d'accueil vous aide.
        Ils vous disent où aller : au guichet de la préfecture.
        La préfecture, ce sont les bureaux de l'État dans le département.
        L'OFII (Office français de l'immigration et de l'intégration) accueille les étrangers en France.
        Pendant votre demande, l'OFII peut vous proposer un hébergement : un endroit pour dormir et vivre.
        L'OFII peut aussi vous donner une aide en argent.
node-papers-domiciliation = Avoir une adresse
    .text =
        Vous n'avez pas d'adresse fixe ?
        Vous pouvez quand même avoir une adresse pour recevoir votre courrier.
        Cela s'appelle la domiciliation.
        Demandez-la au CCAS de la ville où vous vivez.
        Le CCAS est le service social de la mairie.
        La domiciliation dure 1 an.
        Ensuite, vous pouvez la renouveler : la demander encore.
node-papers-online = Aide pour internet
    .text =
        Vous trouvez difficile de faire une démarche sur internet ?
        Une démarche, c'est une demande à faire, par exemple pour une aide ou un papier.
        Une personne peut la faire avec vous, gratuitement.
        Cette personne peut être un conseiller numérique : il aide à utiliser internet.
        Elle peut aussi être un aidant habilité.
        Un aidant habilité a le droit officiel de faire la démarche avec vous.
        Apportez vos papiers.
        Apportez aussi vos mots de passe, si vous en avez.
node-papers-france-services = France Services
    .text =
        France Services est un lieu près de chez vous.
        Une personne vous aide pour vos démarches : vos demandes et vos papiers.
        Par exemple pour la CAF, les impôts, la retraite, la santé, l'emploi ou les papiers.
        La CAF est la Caisse d'allocations familiales.
        La personne vous reçoit gratuitement.

## Justice

node-justice-info = Connaître mes droits
    .text =
        Vous avez une question sur vos droits ?
        Par exemple sur le logement, la famille, le travail, les dettes ou les papiers ?
        Allez au Point-justice.
        Des juristes et des avocats vous répondent.
        Un juriste est une personne qui connaît bien la loi.
        C'est gratuit.
        C'est confidentiel : ils gardent secret ce que vous dites.
        Appelez le 3039 pour avoir l'adresse du Point-justice le plus proche.
node-justice-legal-aid = Aide pour payer un avocat
    .text =
        L'aide juridictionnelle paie l'avocat, en entier ou en partie.
        Elle paie aussi les frais de justice : l'argent à payer pour une affaire en justice.
        Elle dépend de vos revenus : l'argent que vous recevez.
        Le Point-justice vous aide à faire la demande.
        Au Point-justice, des personnes qui connaissent bien la loi vous conseillent gratuitement.
node-justice-victim = Victime : vol, agression
    .text =
        Quelqu'un vous a volé ou attaqué ?
        Ou vous êtes victime d'une autre infraction ?
        Une infraction est un acte interdit par la loi.
        Vous pouvez porter plainte à la police ou à la gendarmerie.
        Porter plainte, c'est dire officiellement à la police ce qui s'est passé.
        France Victimes vous écoute et vous aide, gratuitement.
        Appelez France Victimes au 116 006.
node-justice-rights-defender = Problème avec l'administration
    .text =
        Vous avez un problème avec une administration ?
        Par exemple avec la CAF (Caisse d'allocations familiales), les impôts ou la préfecture.
        La préfecture, ce sont les bureaux de l'État dans le département.
        Vous avez déjà contacté ce service, et le problème continue ?
        Le Défenseur des droits peut vous aider, gratuitement.
        Le Défenseur des droits est un service officiel qui défend vos droits.
        Une personne du Défenseur des droits peut vous recevoir près de chez vous.
        Cette personne s'appelle un délégué.
node-justice-discrimination = Discrimination
    .text =
        On vous refuse un logement, un emploi ou un service ?
        La raison est votre origine, votre handicap, votre sexe ou votre religion ?
        C'est une discrimination.
        C'est interdit par la loi.
        Gardez les preuves : par exemple les lettres, les messages, les noms des témoins.
        Les témoins sont les personnes qui ont vu ce qui s'est passé.
        Contactez le Défenseur des droits : un service officiel qui défend vos droits.
node-justice-conciliation = Conflit avec un voisin
    .text =
        Vous avez un conflit avec un voisin, un propriétaire ou un commerçant ?
        Un conflit, c'est un désaccord ou une dispute.
        Le conciliateur de justice vous aide à trouver un accord.
        Il écoute chaque personne.
        C'est gratuit.

## Food and daily life

node-food-aid = Aide pour manger
    .text =
        Vous avez besoin d'aide pour manger ?
        Demandez au CCAS : le service social de la mairie.
        Vous pouvez aussi demander à une assistante sociale.
        Ils vous disent où aller : une épicerie solidaire, des colis de nourriture ou des repas.
        Une épicerie solidaire est un magasin où les courses coûtent moins cher.
        Vous pouvez aussi aller directement dans certaines associations.
        Par exemple, les Restos du Cœur.
node-food-clothes = Vêtements
    .text =
        Un vestiaire solidaire est un lieu où une association donne des vêtements.
        Parfois, elle vend des vêtements à petit prix.
        Demandez au CCAS : le service social de la mairie.
        Vous pouvez aussi demander au Secours populaire ou à la Croix-Rouge.
node-food-hygiene = Se laver, laver son linge
    .text =
        Des lieux vous proposent une douche.
        Ils proposent aussi une laverie : des machines pour laver votre linge.
        Ils donnent aussi des produits pour se laver, par exemple du savon.
        Ces lieux sont des accueils de jour et des bains-douches.
        Un accueil de jour est un lieu ouvert la journée pour les personnes en difficulté.
        Pour trouver un lieu près de chez vous, regardez le site Soliguide.
        Vous pouvez aussi appeler le 115.
        C'est un numéro gratuit pour les personnes sans logement.
node-food-canteen = Cantine de l'école
    .text =
        La mairie décide du prix de la cantine.
        Souvent, le prix dépend des revenus de la famille : l'argent qu'elle reçoit.
        Demandez le tarif réduit à la mairie : c'est un prix plus bas.
        Vous avez du mal à payer la cantine ?
        Le CCAS peut vous aider.
        Le CCAS est le service social de la mairie.

## Emergency

node-emergency-other = Autre urgence
    .question = Quelle est votre urgence ?
node-emergency-samu = Urgence médicale (15)
    .text =
        Une personne fait un malaise ?
        Elle est gravement blessée ?
        Elle a du mal à respirer ?
        Appelez le 15.
        C'est le SAMU (Service d'aide médicale urgente) : les médecins des urgences.
        C'est gratuit, jour et nuit.
node-emergency-police = Danger, agression (17)
    .text =
        Vous êtes en danger ?
        Une autre personne est en danger ?
        Appelez le 17 : la police ou la gendarmerie.
        C'est gratuit, jour et nuit.
        Vous ne pouvez pas parler ?
        Envoyez un SMS au 114.
        Un SMS est un message écrit sur le téléphone.
node-emergency-violence = Violences (3919)
    .text =
        Vous êtes une femme victime de violences ?
        Vous êtes témoin de violences contre une femme ?
        Un témoin est une personne qui voit ou qui sait ce qui se passe.
        Appelez le 3919.
        C'est gratuit, jour et nuit.
        C'est anonyme : vous pouvez garder votre nom secret.
        L'appel n'apparaît pas sur la facture de téléphone.
        Vous êtes en danger maintenant ?
        Appelez le 17 : la police ou la gendarmerie.
node-emergency-child = Enfant en danger (119)
    .text =
        Un enfant est en danger ?
        Quelqu'un le maltraite : lui fait du mal ?
        Appelez le 119.
        C'est gratuit, jour et nuit.
        L'appel n'apparaît pas sur la facture de téléphone.
        Un enfant peut appeler le 119 lui-même.
node-emergency-suicide = Idées de suicide (3114)
    .text =
        Vous pensez au suicide ?
        Vous avez envie de mourir ?
        Vous êtes inquiet pour une personne proche ?
        Appelez le 3114.
        C'est gratuit, jour et nuit.
        Des soignants vous écoutent : des infirmiers et des psychologues.
node-emergency-deaf = Urgence par SMS (114)
    .text =
        Vous êtes sourd ou vous entendez mal ?
        Vous ne pouvez pas parler ?
        Envoyez un SMS au 114.
        Un SMS est un message écrit sur le téléphone.
        Le 114 transmet votre message à la police, au SAMU ou aux pompiers.
        Le SAMU (Service d'aide médicale urgente), ce sont les médecins des urgences.
        C'est gratuit, jour et nuit.
node-emergency-fire = Feu, accident (18)
    .text =
        Il y a le feu ?
        Il y a un accident ?
        Une personne est coincée ?
        Appelez le 18 : les pompiers.
        C'est gratuit, jour et nuit.
node-emergency-112 = Urgence en Europe (112)
    .text =
        Le 112 est le numéro des urgences dans toute l'Europe.
        Il est gratuit, jour et nuit.
        Vous pouvez l'appeler avec tous les téléphones.
        Une personne vous met en lien avec le bon service d'urgence.

## Documents

doc-id = Pièce d'identité (par exemple carte d'identité ou passeport)
doc-passport = Passeport
doc-residence-permit = Titre de séjour, ou récépissé (le papier donné pendant la demande)
doc-proof-of-address = Justificatif de domicile : un papier qui montre votre adresse, par exemple une facture
doc-tax-notice = Avis d'impôt : la lettre des impôts que vous recevez chaque année
doc-payslip = Fiches de paie : les papiers qui montrent votre salaire
doc-bank-details = RIB (relevé d'identité bancaire) : le papier avec le numéro de votre compte en banque
doc-health-card = Carte Vitale ou attestation de l'Assurance Maladie
doc-lease = Contrat de location (bail), signé avec le propriétaire
doc-family-record = Livret de famille : donné par la mairie au mariage ou à la naissance d'un enfant
doc-birth-certificate = Acte de naissance : le papier officiel qui dit quand et où vous êtes né
doc-photo = Photo d'identité : une photo de votre visage, de face
doc-resources = Justificatifs de revenus : les papiers qui montrent l'argent que vous recevez
doc-rent-receipt = Quittances de loyer : les papiers qui montrent que vous avez payé le loyer
doc-energy-bill = Factures d'énergie : électricité, gaz, chauffage
doc-medical = Certificat médical : un papier rempli par votre médecin
doc-letter = Lettres que vous avez reçues
doc-court = Papiers du tribunal ou du juge
doc-cv = CV : le papier qui présente vos études et vos emplois
doc-debt-list = Liste de vos dettes et de vos crédits : l'argent que vous devez

## Services (one-line description)

# Exempleville: example services, to replace with real local ones.
svc-ccas-exempleville = Le service social de la mairie. Il donne des aides en urgence et une adresse pour votre courrier. Il vous aide dans vos démarches.
svc-france-services-exempleville = Une aide gratuite pour vos démarches : CAF (Caisse d'allocations familiales), impôts, santé, emploi, papiers.
svc-caf-exempleville = L'accueil de la CAF (Caisse d'allocations familiales), sur rendez-vous. Aides pour le logement, le RSA (revenu de solidarité active) et les familles.
svc-cpam-exempleville = La CPAM (Caisse primaire d'assurance maladie) est l'accueil de l'Assurance Maladie. Pour la carte Vitale, l'AME (aide médicale de l'État) et la Complémentaire santé solidaire.
svc-france-travail-exempleville = L'agence France Travail (avant : Pôle emploi). Pour vous inscrire, chercher un emploi ou une formation.
svc-mission-locale-exempleville = Aide pour les jeunes de 16 à 25 ans : emploi, formation, logement.
svc-epicerie-sociale-exempleville = Un magasin où les courses coûtent moins cher. Un travailleur social, par exemple une assistante sociale, vous envoie vers ce magasin.
svc-point-justice-exempleville = Des conseils gratuits sur vos droits. Ce que vous dites reste secret. Aide pour les victimes.
svc-conseiller-numerique-exempleville = Une aide gratuite pour utiliser internet et faire vos démarches sur internet.
svc-mairie-exempleville = La mairie : l'état civil (les naissances, les mariages, les décès). Cartes d'identité et passeports sur rendez-vous.
svc-exempleville-habitat = Exempleville Habitat loue des logements sociaux. Vous pouvez poser vos questions sur ces logements.

# National services.
svc-caf = Verse des aides pour le logement et la famille. Verse aussi le RSA (revenu de solidarité active) et la prime d'activité.
svc-msa = La Sécurité sociale des personnes qui travaillent dans l'agriculture : santé, famille, prime d'activité.
svc-assurance-maladie = Rembourse vos soins. Pour la carte Vitale, l'AME (aide médicale de l'État) et la Complémentaire santé solidaire.
svc-mon-soutien-psy = Trouvez un psychologue. L'Assurance Maladie rembourse les rendez-vous avec ce psychologue.
svc-france-travail = Pour vous inscrire, recevoir l'allocation chômage, trouver un emploi ou une formation.
svc-mission-locale = Trouvez la Mission locale la plus proche. Elle aide les jeunes de 16 à 25 ans.
svc-allo-service-public = Des réponses à vos questions sur vos droits et sur vos démarches avec l'administration.
svc-demande-logement-social = Pour faire votre demande de logement social sur internet, ou pour la renouveler.
svc-adil = Conseils gratuits sur la loi du logement : loyer pas payé, expulsion, droits des locataires. Les locataires sont les personnes qui louent leur logement.
svc-cheque-energie = Vos questions sur le chèque énergie : qui y a droit, quand il arrive, comment l'utiliser.
svc-samu-social-115 = Un endroit pour dormir en urgence, pour les personnes sans logement. Jour et nuit.
svc-violences-femmes-info-3919 = Pour les femmes victimes de violences et pour les témoins. On vous écoute et on vous conseille. Gratuit et anonyme : vous pouvez garder votre nom secret.
svc-allo-119 = Pour un enfant en danger. On vous écoute. On prévient les services qui protègent les enfants. Gratuit, jour et nuit.
svc-numero-3114 = Pour les idées de suicide : des soignants vous écoutent. Gratuit, jour et nuit.
svc-urgence-114 = Les urgences par SMS, un message écrit. Pour les personnes sourdes, qui entendent mal ou qui ne peuvent pas parler.
svc-samu-15 = Les urgences pour la santé, jour et nuit.
svc-police-17 = La police ou la gendarmerie, quand il y a un danger. Jour et nuit.
svc-pompiers-18 = Les pompiers : feu, accident, secours. Jour et nuit.
svc-urgence-112 = Le numéro des urgences dans toute l'Europe, avec tous les téléphones.
svc-point-justice-3039 = Un numéro gratuit pour trouver le Point-justice le plus proche. Au Point-justice, on vous conseille sur vos droits.
svc-france-victimes = Une aide gratuite pour les victimes d'une infraction (un acte interdit par la loi) et pour leurs proches.
svc-defenseur-des-droits = Une aide gratuite si vous avez un problème avec une administration. Ou si vous êtes victime de discrimination.
svc-conciliateurs = Trouvez un conciliateur de justice : il vous aide à régler un conflit par un accord.
svc-banque-de-france = Pour les personnes qui ont trop de dettes (surendettement). Pour le droit d'avoir un compte en banque. Elle tient aussi les fichiers bancaires. Ce sont des listes de personnes qui ont eu des problèmes pour payer.
svc-point-conseil-budget = Trouvez un Point conseil budget : une aide gratuite pour gérer votre argent.
svc-info-retraite = Le site de toutes les caisses de retraite. Vos droits et vos démarches pour la retraite.
svc-pour-les-personnes-agees = Des informations et des aides pour les personnes âgées et pour leurs proches.
svc-monparcourshandicap = Des informations sur le handicap. Vous y trouvez l'adresse de votre MDPH (Maison départementale des personnes handicapées).
svc-monenfant = Trouvez une crèche ou une assistante maternelle près de chez vous.
svc-code-travail-numerique = Vos droits au travail, expliqués simplement.
svc-anef = Le site officiel pour demander ou renouveler un titre de séjour. C'est le papier qui donne le droit de vivre en France.
svc-ofii = Accueille les étrangers en France. Propose des cours de français. Aide les personnes qui demandent l'asile.
svc-refugies-info = Des informations dans plusieurs langues, pour les personnes réfugiées ou exilées. Une personne exilée a dû quitter son pays.
svc-ants = Pour remplir sur internet la pré-demande de carte d'identité ou de passeport. Avant, ce service s'appelait l'ANTS (Agence nationale des titres sécurisés).
svc-aidants-connect = Des aidants habilités (qui ont le droit officiel) font vos démarches sur internet avec vous, en sécurité.
svc-soliguide = Une carte sur internet des lieux utiles près de chez vous : repas, douches, soins, vêtements.
svc-restos-du-coeur = Une association qui donne des repas et des colis de nourriture. Elle aide aussi les personnes pour d'autres besoins.
svc-secours-populaire = Une association qui aide pour la nourriture, les vêtements, les vacances et vos droits.
svc-croix-rouge = Une association qui aide pour la nourriture et les vêtements. Elle a aussi des accueils de jour : des lieux ouverts la journée.

## « Ai-je droit ? » : tableaux de plafonds et leurs résultats (tranche eligibility)
node-housing-eligibility = Ai-je droit à un logement social ?
    .question = Combien de personnes vivent chez vous ? Comptez-vous aussi.
node-housing-eligible-plai = Logement social : sans doute oui
    .text = Vous avez sans doute droit à un logement social. Vous pouvez demander tous les logements sociaux, aussi les moins chers. C'est une estimation. Le bailleur regarde votre avis d'impôt. La demande est gratuite.
node-housing-eligible-plus = Logement social : sans doute oui
    .text = Vous avez sans doute droit à un logement social (HLM). C'est une estimation. Le bailleur regarde votre avis d'impôt. La demande est gratuite.
node-housing-eligible-pls = Logement social : sans doute oui, certains
    .text = Vous avez sans doute droit à certains logements sociaux. Leur loyer est un peu plus cher. C'est une estimation. Le bailleur regarde votre avis d'impôt.
node-housing-not-eligible = Logement social : sans doute non
    .text = Vos revenus sont sans doute trop hauts pour un logement social. C'est une estimation. L'ADIL peut vous aider à trouver un logement. C'est gratuit.
table-social-housing-adjust-alone-with-dependents = Vous êtes le seul adulte ? Les autres personnes sont vos enfants ou à votre charge ?
table-social-housing-adjust-disability = Une personne chez vous a une carte d'invalidité ?
table-social-housing-adjust-young-couple = Vous êtes un couple ? Vos 2 âges ensemble font 55 ans ou moins ?
table-social-housing-income = Regardez votre avis d'impôt de 2025. Cherchez « revenu fiscal de référence ». Quel est le montant ?
node-health-css-check = Ai-je droit à la Complémentaire santé solidaire ?
    .question = Combien de personnes vivent chez vous ? Comptez-vous aussi.
node-health-css-free = Complémentaire santé solidaire : sans doute gratuite
    .text = Vous avez sans doute droit à la Complémentaire santé solidaire gratuite. C'est une estimation. L'Assurance Maladie regarde vos revenus. Demandez-la sur ameli.fr ou à la CPAM.
node-health-css-paid = Complémentaire santé solidaire : sans doute, pas chère
    .text = Vous avez sans doute droit à la Complémentaire santé solidaire. Elle coûte moins de 1 € par jour. C'est une estimation. Demandez-la sur ameli.fr ou à la CPAM.
node-health-css-above = Complémentaire santé solidaire : sans doute non
    .text = Vos revenus sont sans doute trop hauts. C'est une estimation. Une mutuelle peut vous aider à payer les soins. Le CCAS ou France Services peut vous aider à choisir.
table-css-income = Comptez tout l'argent reçu chez vous en 12 mois : salaires, aides, pensions. Quel est le montant ?
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
    .text =
        Pour louer un logement, le propriétaire demande souvent un garant.
        Un garant, c'est une personne qui paie le loyer si vous ne pouvez pas payer.
        Vous n'avez pas de garant ?
        Action Logement peut être votre garant. C'est gratuit.
        Cette aide s'appelle la garantie Visale.
        Si vous ne payez pas le loyer, Action Logement paie le propriétaire.
        Ensuite, vous devez rendre cet argent à Action Logement.
        La garantie Visale est pour les personnes de moins de 30 ans.
        Elle est aussi pour certains salariés plus âgés.
        Demandez-la sur le site visale.fr, avant de signer le bail.
        Le bail, c'est le contrat de location.
node-housing-loca-pass = Avance du dépôt de garantie (Loca-Pass)
    .text =
        Quand vous entrez dans un logement, vous payez souvent un dépôt de garantie.
        C'est de l'argent que le propriétaire garde jusqu'à votre départ.
        Action Logement peut vous prêter cet argent.
        Cette aide s'appelle l'avance Loca-Pass.
        Vous rendez l'argent petit à petit, sans payer plus.
        Vous rendez tout l'argent en 25 mois au plus.
        Elle est pour les salariés d'une entreprise privée.
        Elle est aussi pour certains jeunes de moins de 30 ans.
        Demandez-la au plus tard 2 mois après votre entrée dans le logement.
node-housing-mobili-jeune = Aide au loyer des alternants (Mobili-Jeune)
    .text =
        Vous avez moins de 30 ans ?
        Vous êtes en alternance : vous apprenez un métier à l'école et dans une entreprise ?
        Action Logement peut payer une partie de votre loyer.
        Cette aide s'appelle l'aide Mobili-Jeune.
        Elle est donnée chaque mois.
        Il faut avoir un petit salaire.
        Il faut aussi avoir déménagé pour votre formation ou votre travail.
        Faites la demande sur le site d'Action Logement, au début de votre contrat.
svc-action-logement = Action Logement vous informe par téléphone sur la garantie Visale, l'avance Loca-Pass et l'aide Mobili-Jeune. Action Logement vous aide à faire la demande.
online-demande-logement-social = Demande de logement social
    .asks =
        Le site demande votre pièce d'identité et votre titre de séjour.
        Il demande aussi vos revenus et votre avis d'impôt.
        Il faut environ 20 minutes.
        Ensuite, vous recevez un numéro unique.
online-caf-simulation-logement = Calculer l'aide au logement (CAF)
    .asks =
        Le site demande votre loyer, vos revenus et les personnes qui vivent avec vous.
        Il faut environ 10 minutes.
        Le site calcule à peu près l'aide. Ensuite, vous pouvez faire la demande.
online-cheque-energie = Chèque énergie
    .asks =
        Le site demande des numéros écrits sur votre avis d'impôt.
        Il vous dit si vous avez droit au chèque énergie.
        Il faut environ 5 minutes.
online-visale = Garantie Visale
    .asks =
        Le site demande une adresse e-mail pour créer un compte.
        Il demande votre pièce d'identité.
        Il demande aussi un papier sur votre situation : contrat de travail, fiches de paie ou certificat d'école.
        Il faut environ 15 minutes.
online-loca-pass = Avance Loca-Pass
    .asks =
        Le site demande de créer un compte.
        Il demande votre bail, votre pièce d'identité et votre RIB.
        Il demande aussi votre contrat de travail ou d'alternance.
        Il faut environ 15 minutes.
online-mobili-jeune = Aide Mobili-Jeune
    .asks =
        Le site demande de créer un compte.
        Il demande votre contrat d'alternance, votre bail, votre RIB et votre pièce d'identité.
        Il faut environ 15 minutes.
