# Portuguese (European) — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = Toque no ecrã para começar

nav-back = Voltar
nav-home = Início
nav-language = Idioma
nav-display = Ecrã
nav-help = Ajuda
nav-emergency = Urgência
nav-listen = Ouvir

crumbs-label = As suas escolhas
language-title = Escolha o seu idioma

display-contrast = Contraste elevado
display-text-size = Tamanho do texto
display-on = Ativado
display-off = Desativado
display-size-normal = Normal
display-size-large = Grande
display-size-largest = Muito grande
display-volume = Volume
display-volume-level = { $count } / 5

result-documents = Documentos a levar
result-where = Onde ir
service-example = Exemplo: este local deve ser substituído pelo local real da sua cidade.

badge-open = Aberto agora
badge-open-until = Aberto até às { $time }
badge-closed = Fechado
badge-closed-opens-today = Fechado, abre às { $time }
badge-closed-opens-tomorrow = Fechado, abre amanhã às { $time }
badge-closed-opens-day = Fechado, abre { $day } às { $time }
badge-closed-until = Fechado até { $date } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    }
badge-unknown = Confirme o horário

day-1 = segunda-feira
day-2 = terça-feira
day-3 = quarta-feira
day-4 = quinta-feira
day-5 = sexta-feira
day-6 = sábado
day-7 = domingo

emergency-title = Urgência
emergency-intro = Chamada gratuita, de dia e de noite, a partir de qualquer telefone.
emergency-112 = Número europeu de emergência, a partir de qualquer país
emergency-15 = SAMU: emergência médica
emergency-17 = Polícia
emergency-18 = Bombeiros: incêndio, acidente
emergency-114 = Pessoas surdas ou com dificuldades auditivas: por SMS ou videochamada
emergency-115 = Pessoas sem-abrigo: alojamento de emergência
emergency-119 = Criança em perigo
emergency-3919 = Violência contra as mulheres: escuta anónima
emergency-3114 = Pensamentos suicidas: prevenção do suicídio

help-title = Como utilizar este terminal
help-step-touch = Toque numa imagem para escolher. Basta tocar uma vez.
help-step-back = Voltar: regressar ao ecrã anterior.
help-step-home = Início: recomeçar do princípio.
help-step-language = Idioma: escolher outro idioma a qualquer momento.
help-step-display = Ecrã: texto maior ou contraste elevado.
help-step-emergency = Urgência: os números para onde ligar em caso de perigo.
help-step-privacy = Nada fica guardado: quando sai, o terminal apaga tudo.
help-person-title = Falar com uma pessoa

idle-title = Ainda está aí?
idle-countdown = { $count ->
    [one] O terminal apaga tudo dentro de { $count } segundo.
   *[other] O terminal apaga tudo dentro de { $count } segundos.
}
idle-continue = Continuar

fallback-french = Ainda não traduzido: texto em francês

ticket-button = O meu talão
ticket-title = O seu talão
ticket-number = Talão n.º { $number }
ticket-show = Mostre este código a uma pessoa num destes locais: ela poderá lê-lo e dar-lhe ajuda.
ticket-photo = Pode tirar-lhe uma fotografia com o seu telemóvel. Não contém nenhuma informação sobre si.
ticket-print = Imprimir o meu talão
ticket-printing = A imprimir o talão…
ticket-printed = O seu talão foi impresso. Retire-o da impressora.
ticket-print-no-paper = A impressora não tem papel. Tire uma fotografia do código com o seu telemóvel ou mostre este ecrã a alguém.
ticket-print-failed = A impressora não está a funcionar de momento. Tire uma fotografia do código com o seu telemóvel ou mostre este ecrã a alguém.
mediator-title = Uma pessoa está a ler o seu talão
mediator-answers = As suas respostas
mediator-continue = Continuar
mediator-end = Terminar
mediator-unreadable = Este talão não pode ser lido neste terminal.
mediator-discreet = As suas respostas não estão escritas no talão, para que mais ninguém as possa ler. Pode dizer a esta pessoa o que procura.
update-title = Atualização do terminal
update-wait = Não retire a pen USB.
update-step-verify = Verificação da assinatura
update-step-unpack = Abertura da atualização
update-step-check = Verificação do conteúdo
update-step-compile = Preparação do conteúdo
update-step-switch = Mudança para o novo conteúdo
update-applied = O novo conteúdo está instalado.
update-refused = A atualização não foi instalada. O terminal mantém o seu conteúdo. O motivo está escrito no relatório na pen USB.
update-nothing = Não há nenhuma atualização nesta pen USB.
update-stats = As estatísticas foram copiadas para a pen USB.
update-write-failed = Não foi possível escrever o relatório: a pen USB está protegida contra escrita ou cheia.
update-remove = Já pode retirar a pen USB.

speech-phone = Telefone: { $number }
speech-no-voice = Este ecrã ainda não pode ser lido em voz alta nesta língua. Pode ouvir em francês ou em inglês.
listen-no-voice = Ainda não há voz nesta língua: ouça em francês e inglês.
keypad-help = Teclado: as setas para cima e para baixo, ou 8 e 2, passam de um botão para outro. A tecla do meio, 5, ou Enter carrega no botão. 0 volta atrás, 7 volta ao início. Mais e menos ajustam o volume. A estrela repete esta ajuda.
keypad-welcome = Auscultadores ligados: o quiosque lê o ecrã em voz alta. Carregue na tecla estrela do teclado para saber como o usar.
listen-headphones = Ligue uns auscultadores para ouvir.
quick-exit = Sair depressa
start-over = Recomeçar
service-checked = Verificado em { $date }
service-accessible = Acessível em cadeira de rodas
service-not-accessible = Não acessível em cadeira de rodas
result-stale-hidden = { $count ->
    [one] Um local não é mostrado
   *[other] { $count } locais não são mostrados
}: a informação não é verificada há demasiado tempo. Pergunte a uma pessoa (botão Ajuda).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = Segunda-feira
hours-day-2 = Terça-feira
hours-day-3 = Quarta-feira
hours-day-4 = Quinta-feira
hours-day-5 = Sexta-feira
hours-day-6 = Sábado
hours-day-7 = Domingo
hours-time = { $hour }:{ $mm }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }, { $item }
hours-line = { $days }: { $hours }
hours-all-day = Aberto 24 horas por dia
hours-public-holidays-closed = Fechado nos feriados

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = Localidade
offers-filter-rooms = Divisões
offers-filter-rent = Renda
offers-filter-wheelchair = Cadeira de rodas
offers-all = Todos
offers-clear-filters = Mostrar tudo
offers-count = { $count ->
    [0] Nenhuma habitação corresponde a estas escolhas
    [one] 1 habitação
   *[other] { $count } habitações
}
offers-page = { $first } a { $last } de { $count }
offers-previous = Anteriores
offers-next = Seguintes
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } por mês, com despesas incluídas
offers-floor = { $floor ->
    [0] Rés-do-chão
   *[other] { $floor }.º andar
}
offers-floor-lift = { $floor }, com elevador
offers-floor-no-lift = { $floor }, sem elevador
offers-energy = Energia { $label }
offers-energy-scale = { $label } (de A, gasta muito pouca energia, a G, gasta muitíssima)
offers-wheelchair-yes = Acessível em cadeira de rodas
offers-wheelchair-no = Não adaptada a cadeira de rodas
offers-available-now = Livre agora
offers-available-from = Livre a partir de { $date }
offers-rooms = { $rooms ->
    [one] 1 divisão
   *[other] { $rooms } divisões
}
offers-rooms-or-more = { $rooms } divisões ou mais
offers-surface = { $surface } m²
offers-up-to = Até { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = Em que localidade?
offers-pick-rooms = Quantas divisões?
offers-pick-rent = Até que renda, com despesas incluídas?
offers-no-photo = Sem fotografia
offers-photo = Fotografia { $n } de { $count }
offers-photo-previous = Fotografia anterior
offers-photo-next = Fotografia seguinte
offers-how-to-apply = Como fazer um pedido
offers-apply-title = Pedir esta habitação
offers-apply-text = Envie o seu pedido a { $landlord } indicando a referência { $reference }. Também precisa de um pedido de habitação social registado. Traga os documentos indicados abaixo. Com o seu talão, uma pessoa pode dar-lhe ajuda.
offers-fact-rent = Renda
offers-fact-charges = Despesas
offers-fact-rooms = Divisões
offers-fact-surface = Área
offers-fact-floor = Andar
offers-fact-access = Acesso
offers-fact-energy = Energia
offers-fact-available = Disponibilidade
offers-fact-landlord = Senhorio
offers-fact-reference = Referência

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = Sim
elig-no = Não
elig-year-up-to = Até { $max } € por ano (cerca de { $max-month } € por mês)
elig-year-between = De { $min } € a { $max } € por ano (cerca de { $min-month } a { $max-month } € por mês)
elig-year-above = { $min } € ou mais por ano (cerca de { $min-month } € por mês)
elig-month-up-to = Até { $max } € por mês
elig-month-between = De { $min } € a { $max } € por mês
elig-month-above = { $min } € ou mais por mês

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = Continuar no seu telemóvel
online-button-label = Continuar no seu telemóvel: { $name }
online-scan = Abra a câmara do seu telemóvel e aponte para este código: o site oficial abre-se. Continua o procedimento no seu telemóvel, ao seu ritmo.
online-asks = O que o site lhe vai pedir
online-private = O código contém apenas o endereço do site oficial, nada sobre si.
