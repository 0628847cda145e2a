# Spanish — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = Toque la pantalla para empezar

nav-back = Volver
nav-home = Inicio
nav-language = Idioma
nav-display = Pantalla
nav-help = Ayuda
nav-emergency = Urgencias
nav-listen = Escuchar

crumbs-label = Sus elecciones
language-title = Elija su idioma

display-contrast = Alto contraste
display-text-size = Tamaño del texto
display-on = Activado
display-off = Desactivado
display-size-normal = Normal
display-size-large = Grande
display-size-largest = Muy grande
display-volume = Volumen
display-volume-level = { $count } / 5

result-documents = Documentos que debe llevar
result-where = Adónde ir
service-example = Ejemplo: este lugar debe sustituirse por el lugar real de su ciudad.

badge-open = Abierto ahora
badge-open-until = Abierto hasta las { $time }
badge-closed = Cerrado
badge-closed-opens-today = Cerrado, abre a las { $time }
badge-closed-opens-tomorrow = Cerrado, abre mañana a las { $time }
badge-closed-opens-day = Cerrado, abre el { $day } a las { $time }
badge-closed-until = Cerrado hasta el { $date } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }
badge-unknown = Consulte el horario

day-1 = lunes
day-2 = martes
day-3 = miércoles
day-4 = jueves
day-5 = viernes
day-6 = sábado
day-7 = domingo

emergency-title = Urgencias
emergency-intro = Llame gratis, de día y de noche, desde cualquier teléfono.
emergency-112 = Número europeo de emergencias, desde cualquier país
emergency-15 = SAMU: urgencias médicas
emergency-17 = Policía o gendarmería
emergency-18 = Bomberos: incendio, accidente
emergency-114 = Personas sordas o con dificultades auditivas: por SMS o videollamada
emergency-115 = Personas sin hogar: alojamiento de urgencia
emergency-119 = Menores en peligro
emergency-3919 = Violencia contra las mujeres: escucha anónima
emergency-3114 = Pensamientos suicidas: prevención del suicidio

help-title = Cómo usar este terminal
help-step-touch = Toque una imagen para elegir. Basta con tocar una vez.
help-step-back = Volver: regresar a la pantalla anterior.
help-step-home = Inicio: empezar de nuevo desde el principio.
help-step-language = Idioma: elegir otro idioma en cualquier momento.
help-step-display = Pantalla: texto más grande o alto contraste.
help-step-emergency = Urgencias: los números a los que llamar en caso de peligro.
help-step-privacy = No se guarda nada: cuando usted se va, el terminal lo borra todo.
help-person-title = Hablar con una persona

idle-title = ¿Sigue ahí?
idle-countdown = { $count ->
    [one] El terminal lo borrará todo en { $count } segundo.
   *[other] El terminal lo borrará todo en { $count } segundos.
}
idle-continue = Continuar

fallback-french = Aún sin traducir: texto en francés

ticket-button = Mi ticket
ticket-title = Su ticket
ticket-number = Ticket n.º { $number }
ticket-show = Muestre este código a una persona en uno de estos lugares: podrá leerlo y ayudarle.
ticket-photo = Puede hacerle una foto con su teléfono. No contiene ningún dato sobre usted.
ticket-print = Imprimir mi ticket
ticket-printing = Imprimiendo el ticket…
ticket-printed = Su ticket está impreso. Recójalo en la impresora.
ticket-print-no-paper = La impresora no tiene papel. Haga una foto del código con su teléfono o muestre esta pantalla a alguien.
ticket-print-failed = La impresora no funciona en este momento. Haga una foto del código con su teléfono o muestre esta pantalla a alguien.
mediator-title = Una persona está leyendo su ticket
mediator-answers = Sus respuestas
mediator-continue = Continuar
mediator-end = Terminar
mediator-unreadable = Este ticket no se puede leer en este terminal.
mediator-discreet = Sus respuestas no están escritas en el ticket, para que nadie más pueda leerlas. Puede decirle a esta persona lo que busca.
update-title = Actualización del terminal
update-wait = No retire la memoria USB.
update-step-verify = Comprobación de la firma
update-step-unpack = Apertura de la actualización
update-step-check = Comprobación del contenido
update-step-compile = Preparación del contenido
update-step-switch = Cambio al nuevo contenido
update-applied = El nuevo contenido está instalado.
update-refused = La actualización no se ha instalado. El terminal conserva su contenido. El motivo está escrito en el informe de la memoria USB.
update-nothing = No hay ninguna actualización en esta memoria USB.
update-stats = Las estadísticas se han copiado en la memoria USB.
update-write-failed = No se ha podido escribir el informe: la memoria USB está protegida contra escritura o llena.
update-remove = Ya puede retirar la memoria USB.

speech-phone = Teléfono: { $number }
speech-no-voice = Esta pantalla todavía no se puede leer en voz alta en este idioma. Puede escucharla en francés o en inglés.
listen-no-voice = Todavía no hay voz en este idioma: escuche en francés e inglés.
keypad-help = Teclado: las flechas arriba y abajo, o 8 y 2, pasan de un botón a otro. La tecla del centro, 5, o Intro pulsa el botón. 0 vuelve atrás, 7 vuelve al inicio. Más y menos ajustan el volumen. La estrella repite esta ayuda.
keypad-welcome = Auriculares conectados: el quiosco lee la pantalla en voz alta. Pulse la tecla estrella del teclado para saber cómo usarlo.
listen-headphones = Conecte unos auriculares para escuchar.
quick-exit = Salir rápido
start-over = Empezar de nuevo
service-checked = Comprobado el { $date }
service-accessible = Accesible en silla de ruedas
service-not-accessible = No accesible en silla de ruedas
result-stale-hidden = { $count ->
    [one] Un lugar no se muestra
   *[other] { $count } lugares no se muestran
}: su información no se ha comprobado desde hace demasiado tiempo. Pregunte a una persona (botón Ayuda).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = Lunes
hours-day-2 = Martes
hours-day-3 = Miércoles
hours-day-4 = Jueves
hours-day-5 = Viernes
hours-day-6 = Sábado
hours-day-7 = Domingo
hours-time = { $hour }:{ $mm }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }, { $item }
hours-line = { $days }: { $hours }
hours-all-day = Abierto las 24 horas
hours-public-holidays-closed = Cerrado los días festivos

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = Municipio
offers-filter-rooms = Habitaciones
offers-filter-rent = Alquiler
offers-filter-wheelchair = Silla de ruedas
offers-all = Todos
offers-clear-filters = Mostrar todo
offers-count = { $count ->
    [0] Ninguna vivienda corresponde a estas opciones
    [one] 1 vivienda
   *[other] { $count } viviendas
}
offers-page = { $first } a { $last } de { $count }
offers-previous = Anteriores
offers-next = Siguientes
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } al mes, gastos incluidos
offers-floor = { $floor ->
    [0] Planta baja
    [1] Primer piso
    [2] Segundo piso
    [3] Tercer piso
   *[other] Piso { $floor }
}
offers-floor-lift = { $floor }, con ascensor
offers-floor-no-lift = { $floor }, sin ascensor
offers-energy = Energía { $label }
offers-energy-scale = { $label } (de A, gasta muy poca energía, a G, gasta muchísima)
offers-wheelchair-yes = Accesible en silla de ruedas
offers-wheelchair-no = No adaptada a silla de ruedas
offers-available-now = Libre ahora
offers-available-from = Libre a partir del { $date }
offers-rooms = { $rooms ->
    [one] 1 habitación
   *[other] { $rooms } habitaciones
}
offers-rooms-or-more = { $rooms } habitaciones o más
offers-surface = { $surface } m²
offers-up-to = Hasta { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = ¿En qué municipio?
offers-pick-rooms = ¿Cuántas habitaciones?
offers-pick-rent = ¿Hasta qué alquiler, gastos incluidos?
offers-no-photo = Sin foto
offers-photo = Foto { $n } de { $count }
offers-photo-previous = Foto anterior
offers-photo-next = Foto siguiente
offers-how-to-apply = Cómo hacer una solicitud
offers-apply-title = Solicitar esta vivienda
offers-apply-text = Envíe su solicitud a { $landlord } indicando la referencia { $reference }. También necesita una solicitud de vivienda social registrada. Traiga los documentos de abajo. Con su ticket, una persona puede ayudarle.
offers-fact-rent = Alquiler
offers-fact-charges = Gastos
offers-fact-rooms = Habitaciones
offers-fact-surface = Superficie
offers-fact-floor = Piso
offers-fact-access = Acceso
offers-fact-energy = Energía
offers-fact-available = Disponibilidad
offers-fact-landlord = Arrendador
offers-fact-reference = Referencia

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = Sí
elig-no = No
elig-year-up-to = Hasta { $max } € al año (unos { $max-month } € al mes)
elig-year-between = De { $min } € a { $max } € al año (unos { $min-month } a { $max-month } € al mes)
elig-year-above = { $min } € o más al año (unos { $min-month } € al mes)
elig-month-up-to = Hasta { $max } € al mes
elig-month-between = De { $min } € a { $max } € al mes
elig-month-above = { $min } € o más al mes

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = Continuar en su teléfono
online-button-label = Continuar en su teléfono: { $name }
online-scan = Abra la cámara de su teléfono y apunte a este código: se abre el sitio oficial. Continúa el trámite en su teléfono, a su ritmo.
online-asks = Lo que el sitio le va a pedir
online-private = El código solo contiene la dirección del sitio oficial, nada sobre usted.
