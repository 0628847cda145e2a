# Portuguese (European) — draft, machine-assisted translation to be reviewed by a native speaker. Partial: the home screen and the help screen; other texts fall back to French.
# French names of institutions and benefits stay in Latin letters: residents see them on letters and websites.

pack-title = Os seus direitos e serviços perto de si
pack-help = Pode receber ajuda gratuita de uma pessoa: no CCAS (serviço social da câmara municipal) ou no balcão France Services (ajuda com documentos e processos administrativos).

## Home

node-home = Início
    .question = O que procura?

## Topics (home tiles)

node-housing = Habitação
    .question = De que precisa para a sua habitação?
node-health = Saúde
    .question = De que precisa para a sua saúde?
node-money = Dinheiro
    .question = Que ajuda procura?
node-work = Trabalho
    .question = O que procura em relação ao trabalho?
node-family = Família
    .question = De que precisa para a sua família?
node-papers = Documentos e processos
    .question = De que assunto precisa de tratar?
node-justice = Justiça e direitos
    .question = Qual é o seu problema?
node-food = Comida, roupa, higiene
    .question = De que precisa?
node-emergency = Urgência
    .question = O que se passa?

## Services (one-line description)

# Exempleville: example services, to replace with real local ones.
svc-ccas-exempleville = Serviço social da câmara municipal: ajuda de urgência, morada postal (domiciliation), acompanhamento.
svc-france-services-exempleville = Ajuda gratuita nos seus processos: CAF (prestações familiares), impostos, saúde, emprego, documentos.
