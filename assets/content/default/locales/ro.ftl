# Romanian — draft, machine-assisted translation to be reviewed by a native speaker. Partial: the home screen and the help screen; other texts fall back to French.
# French names of institutions and benefits stay in Latin letters: residents see them on letters and websites.

pack-title = Drepturile și serviciile dumneavoastră, aproape de casă
pack-help = O persoană vă poate ajuta gratuit: la CCAS (serviciul social al primăriei) sau la centrul France Services (ajutor cu actele și demersurile administrative).

## Home

node-home = Acasă
    .question = Ce căutați?

## Topics (home tiles)

node-housing = Locuință
    .question = De ce aveți nevoie pentru locuința dumneavoastră?
node-health = Sănătate
    .question = De ce aveți nevoie pentru sănătatea dumneavoastră?
node-money = Bani
    .question = Ce ajutor căutați?
node-work = Muncă
    .question = Ce căutați legat de muncă?
node-family = Familie
    .question = De ce aveți nevoie pentru familia dumneavoastră?
node-papers = Acte și demersuri
    .question = Ce demers doriți să faceți?
node-justice = Justiție și drepturi
    .question = Care este problema dumneavoastră?
node-food = Mâncare, haine, igienă
    .question = De ce aveți nevoie?
node-emergency = Urgență
    .question = Ce se întâmplă?

## Services (one-line description)

# Exempleville: example services, to replace with real local ones.
svc-ccas-exempleville = Serviciul social al primăriei: ajutor de urgență, adresă poștală (domiciliation), sprijin.
svc-france-services-exempleville = Ajutor gratuit pentru demersurile dumneavoastră: CAF (alocații familiale), impozite, sănătate, loc de muncă, acte.
