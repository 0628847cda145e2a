# Spanish — draft, machine-assisted translation to be reviewed by a native speaker.
# Paquete por defecto de borne — textos en español.
# Traductores: los títulos (node-ID) van en las casillas: manténgalos cortos (unos 30 caracteres).
# .question es una frase corta que se le pregunta a la persona.
# .text son de una a tres frases cortas y sencillas: palabras de todos los días, una idea por frase.
# No añada nunca importes ni números de teléfono que no estén en la página de origen.
# Conserve los nombres franceses de organismos y ayudas (CAF, RSA, carte Vitale…): la persona los ve
# en cartas y sitios web. Explíquelos brevemente entre paréntesis la primera vez que aparecen en un texto.
# Se trata a la persona de «usted».

pack-title = Sus derechos y servicios cerca de usted
pack-help = Una persona puede ayudarle gratis: el CCAS (servicio social del ayuntamiento) o la oficina France Services.

## Home

node-home = Inicio
    .question = ¿Qué busca?

## Topics (home tiles)

node-housing = Vivienda
    .question = ¿Qué necesita para su vivienda?
node-health = Salud
    .question = ¿Qué necesita para su salud?
node-money = Dinero
    .question = ¿Qué ayuda busca?
node-work = Trabajo
    .question = ¿Qué busca para el trabajo?
node-family = Familia
    .question = ¿Qué necesita para su familia?
node-papers = Papeles y trámites
    .question = ¿Qué trámite quiere hacer?
node-justice = Justicia y derechos
    .question = ¿Cuál es su problema?
node-food = Comer, vestirse, asearse
    .question = ¿Qué necesita?
node-emergency = Urgencia
    .question = ¿Qué pasa?

## Housing

node-housing-trouble = Problema de vivienda
    .question = ¿Cuál es el problema?
node-housing-find = Encontrar una vivienda
    .question = ¿Qué quiere hacer?
node-housing-social = Pedir una vivienda social
    .text = Puede pedir una vivienda social (HLM) por internet o en una ventanilla. Es gratis. Recibe un número único, y hay que renovar la solicitud cada año.
node-housing-offers = Viviendas sociales en alquiler
    .text = Aquí tiene viviendas sociales libres cerca de aquí. Elija un municipio, un número de habitaciones o un alquiler. Para pedir una de estas viviendas, necesita una solicitud de vivienda social registrada.
node-housing-apl = Ayuda para pagar el alquiler
    .text = La CAF (caja de prestaciones familiares), o la MSA (seguridad social agrícola), puede pagar una parte de su alquiler: es la ayuda a la vivienda (APL). La cantidad depende de sus ingresos, de su alquiler y de su familia. Haga la solicitud en caf.fr o en la oficina de la CAF.
node-housing-energy = Pagar la luz y el gas
    .text = El chèque énergie (cheque de energía) ayuda a pagar la electricidad, el gas o la calefacción. Se da cada año a los hogares con ingresos bajos. Si no lo ha recibido, llame al número gratuito o pregunte en el CCAS (servicio social del ayuntamiento).
node-housing-shelter = Dormir esta noche (115)
    .text = ¿No tiene dónde dormir? Llame al 115. Es gratis, de día y de noche, y buscan con usted un lugar para dormir.
node-housing-unpaid-rent = Alquiler sin pagar
    .text = Actúe rápido, incluso si el retraso es pequeño. Avise a su casero y a la CAF (caja de prestaciones familiares). Un jurista de la ADIL (centro de información sobre la vivienda) le aconseja gratis, y el CCAS (servicio social del ayuntamiento) puede buscar una ayuda con usted.
node-housing-eviction = Amenaza de desalojo
    .text = ¿Ha recibido un papel de un commissaire de justice (agente judicial, «huissier») o del tribunal? No se quede solo: a menudo hay soluciones. La ADIL (centro de información sobre la vivienda), el Point-justice (punto de asesoría jurídica) y el CCAS (servicio social del ayuntamiento) le ayudan gratis.
node-housing-fsl = Ayuda del FSL
    .text = El FSL (Fonds de solidarité pour le logement, un fondo de ayuda para la vivienda) puede ayudar a pagar una deuda de alquiler, facturas de energía o de agua, o la entrada en una vivienda. Las reglas dependen del departamento (département). Un trabajador social hace la solicitud con usted.
node-housing-unfit = Vivienda en mal estado
    .text = ¿Humedad, moho, calefacción o electricidad peligrosas? El propietario debe alquilar una vivienda digna. Hable con la ADIL (centro de información sobre la vivienda) o con el ayuntamiento (mairie): le dirán qué hacer.
node-housing-dalo = Derecho a la vivienda (Dalo)
    .text = ¿Espera una vivienda social desde hace mucho tiempo, o no tiene vivienda o vive en malas condiciones? Puede presentar un recurso Dalo (derecho a la vivienda). La ADIL (centro de información sobre la vivienda) o el CCAS (servicio social del ayuntamiento) le ayuda a rellenar el expediente.

## Health

node-health-cover = Tener cobertura médica
    .question = ¿Cuál es su situación?
node-health-puma = Seguro de salud
    .text = ¿Trabaja en Francia, o vive en Francia de forma estable y con residencia legal? La Assurance Maladie (seguro público de salud) le devuelve una parte de sus gastos médicos. Haga la solicitud en la CPAM (oficina local del seguro de salud).
node-health-css = Complémentaire santé solidaire
    .text = La Complémentaire santé solidaire (seguro médico complementario) paga la parte de los gastos médicos que la Sécurité sociale (seguridad social) no devuelve. Es gratis o cuesta poco, según sus ingresos. Pídala en ameli.fr o en la CPAM (oficina local del seguro de salud).
node-health-ame = Salud sin permiso de residencia
    .text = ¿Vive en Francia desde hace más de 3 meses, sin permiso de residencia? La AME (ayuda médica del Estado) puede pagar su atención médica, según sus ingresos. Haga la solicitud en la CPAM (oficina local del seguro de salud).
node-health-card = Carte Vitale
    .text = La carte Vitale (tarjeta del seguro de salud) sirve para que le devuelvan el dinero más rápido. Pídala en su cuenta ameli o en la oficina de la CPAM (oficina local del seguro de salud). Necesita una foto y un documento de identidad.
node-health-doctor = Encontrar un médico
    .text = Elija un médecin traitant (médico de cabecera): le devolverán más dinero. El médico hace la declaración con usted. Si ningún médico le acepta, llame a la Assurance Maladie (seguro de salud) al 3646.
node-health-mental = Ánimo, estrés, angustia
    .text = ¿Se siente mal desde hace un tiempo? Hable con un médico: las sesiones con un psicólogo pueden ser reembolsadas. Si piensa en el suicidio, llame al 3114, de día y de noche.
node-health-pregnancy = Embarazo
    .text = El médico o la matrona (sage-femme) declara su embarazo antes del final del 3.er mes. Los exámenes obligatorios están cubiertos. La PMI (servicio de salud materno-infantil) de su departamento también puede hacerle el seguimiento gratis.
node-health-disability = Discapacidad: la MDPH
    .text = La MDPH (oficina de la discapacidad) de su departamento estudia las solicitudes ligadas a la discapacidad: AAH (subsidio por discapacidad), carte mobilité inclusion (tarjeta de discapacidad), ayudas, trabajo. Hace falta un expediente con un certificado médico. El CCAS (servicio social del ayuntamiento) o France Services puede ayudarle a rellenarlo.

## Money

node-money-debt = Deudas, presupuesto, banco
    .question = ¿Cuál es su problema de dinero?
node-money-rsa = RSA (ingreso mínimo)
    .text = El RSA es un ingreso mínimo para las personas de 25 años o más, o más jóvenes en algunos casos. Depende de los ingresos del hogar. Con el RSA, usted queda inscrito en France Travail (servicio público de empleo) y firma un contrato de compromiso.
node-money-prime = Prime d'activité
    .text = ¿Trabaja pero gana poco? Desde los 18 años, la prime d'activité (complemento para quien trabaja) completa sus ingresos, según su situación familiar. Pídala a la CAF (caja de prestaciones familiares), o a la MSA (seguridad social agrícola) si trabaja en la agricultura.
node-money-aah = Subsidio por discapacidad (AAH)
    .text = La AAH es un ingreso para las personas con discapacidad que tienen pocos recursos. Primero, la MDPH (oficina de la discapacidad) decide su grado de discapacidad. Después, la CAF (caja de prestaciones familiares) o la MSA (seguridad social agrícola) paga el subsidio.
node-money-aspa = Jubilación baja (ASPA)
    .text = La ASPA completa las jubilaciones bajas, a partir de los 65 años. Pídala a su caja de jubilación. Después de su muerte, se puede recuperar una parte de su herencia: pida consejo antes.
node-money-overdebt = Demasiadas deudas
    .text = ¿Ya no puede pagar sus deudas? Presente un expediente de sobreendeudamiento (dossier de surendettement) en la Banque de France (el banco nacional). Es gratis. La comisión puede repartir en el tiempo o borrar deudas.
node-money-budget = Ayuda con el presupuesto
    .text = Un Point conseil budget (servicio de consejo sobre el presupuesto) le ayuda a hacer sus cuentas y a hablar con las personas a quienes debe dinero. Es gratis, confidencial y abierto a todos. Pida la dirección en el CCAS (servicio social del ayuntamiento).
node-money-bank-account = Abrir una cuenta bancaria
    .text = ¿Un banco se niega a abrirle una cuenta? Pídale una carta de rechazo. Entonces la Banque de France (el banco nacional) elige un banco que debe abrirle una cuenta con los servicios básicos, gratis.

## Work

node-work-register = Inscribirse en France Travail
    .text = Inscríbase en France Travail (servicio público de empleo) en francetravail.fr o llamando al 3949. Si pide o cobra el RSA (ingreso mínimo), la inscripción es automática. Un asesor le ayuda a buscar un empleo o una formación.
node-work-benefit = Subsidio de desempleo
    .text = ¿Ha perdido su empleo? El subsidio de desempleo (ARE) depende del tiempo trabajado y de su salario anterior. Pídalo al inscribirse en France Travail (servicio público de empleo).
node-work-young = Jóvenes de 16 a 25 años
    .text = ¿Tiene de 16 a 25 años (29 si tiene una discapacidad), sin empleo ni formación? La Mission locale (centro de apoyo para jóvenes) le acompaña. Con el Contrat d'engagement jeune (contrato de compromiso para jóvenes), puede recibir una ayuda económica, según sus recursos.
node-work-french = Aprender francés
    .text = ¿Acaba de recibir su primer permiso de residencia? Con el contrat d'intégration républicaine (contrato de integración), la OFII (Oficina francesa de inmigración e integración) puede ofrecerle clases de francés gratuitas. Si no, el ayuntamiento (mairie) conoce los talleres cerca de usted.
node-work-rights = Problema con el empleador
    .text = ¿Salario sin pagar, despido, contrato, accidente de trabajo? El Code du travail numérique (sitio oficial sobre el derecho laboral) explica sus derechos. El Point-justice (punto de asesoría jurídica) le aconseja gratis.
node-work-disability = Trabajar con discapacidad
    .text = El reconocimiento de trabajador con discapacidad (RQTH) le ayuda a encontrar o a conservar un empleo. Pídalo a la MDPH (oficina de la discapacidad). Después, France Travail (servicio público de empleo) o Cap emploi (servicio de empleo para personas con discapacidad) le acompañan.

## Family

node-family-allowances = Prestaciones familiares
    .text = Si tiene al menos 2 hijos, la CAF (caja de prestaciones familiares) paga las prestaciones familiares (allocations familiales). La cantidad depende de sus ingresos. Declare a cada hijo en la CAF.
node-family-birth = Va a llegar un bebé
    .text = Declare el nacimiento en el ayuntamiento (mairie) en un plazo de 5 días, y después en la CAF (caja de prestaciones familiares) y en la Assurance Maladie (seguro de salud). Según sus ingresos, la CAF puede pagar una prima por nacimiento y una ayuda cada mes.
node-family-childcare = Cuidado de mi hijo
    .text = La CAF (caja de prestaciones familiares) ayuda a pagar a una cuidadora infantil autorizada (assistante maternelle), y el precio de la guardería (crèche) depende de sus ingresos. Busque plazas cerca de usted en monenfant.fr o en el ayuntamiento (mairie).
node-family-separation = Separación, pensión alimenticia
    .text = La CAF (caja de prestaciones familiares) puede recibir la pensión alimenticia (pension alimentaire) y pagársela cada mes. Si no se paga, la CAF puede ayudar a recuperarla. En caso de violencia, llame al 3919.
node-family-school = Inicio del año escolar
    .text = En agosto, la CAF (caja de prestaciones familiares) paga la ayuda para la vuelta a clases (allocation de rentrée scolaire), para los niños de 6 a 18 años que van a la escuela. Depende de sus ingresos. Para un hijo de 16 a 18 años, declare que estudia.
node-family-elderly = Ayudar a un familiar mayor
    .text = La APA (ayuda para la pérdida de autonomía) ayuda a pagar una ayuda a domicilio o una residencia de mayores, para las personas de 60 años o más que pierden su autonomía. Decide el departamento (département). El CCAS (servicio social del ayuntamiento) le ayuda a hacer la solicitud.

## Papers

node-papers-identity = Tarjeta de identidad, pasaporte
    .question = ¿Qué documento quiere?
node-papers-id-card = Tarjeta de identidad
    .text = Pida cita en un ayuntamiento (mairie) que hace tarjetas de identidad (no necesariamente el suyo). Puede hacer una solicitud previa por internet. La primera tarjeta es gratis.
node-papers-passport = Pasaporte
    .text = Pida cita en un ayuntamiento (mairie) que hace pasaportes. Haga la solicitud previa por internet. El pasaporte se paga: compre un timbre fiscal antes de la cita.
node-papers-birth-certificate = Acta de nacimiento
    .text = ¿Nació en Francia? Pida una copia en el ayuntamiento (mairie) del lugar de nacimiento, es gratis. Si nació en el extranjero, el trámite depende de su nacionalidad: pida consejo.
node-papers-residence = Permiso de residencia
    .text = La mayoría de las solicitudes de permiso de residencia se hacen por internet, en el sitio ANEF. Hágala antes de que termine su permiso actual. France Services (oficina de ayuda con los trámites) o una asociación pueden ayudarle.
node-papers-asylum = Pedir asilo
    .text = Para pedir asilo, una asociación o un centro de acogida le envía a la ventanilla de la prefectura (préfecture). Durante la solicitud, la OFII (Oficina francesa de inmigración e integración) puede ofrecerle alojamiento y una ayuda económica.
node-papers-domiciliation = Tener una dirección
    .text = Si no tiene una dirección estable, puede tener una dirección para recibir su correo: es la domiciliation. Pídala en el CCAS (servicio social del ayuntamiento) del municipio donde vive. Dura 1 año y se renueva.
node-papers-online = Ayuda con internet
    .text = ¿Le cuesta hacer un trámite por internet? Un conseiller numérique (asesor digital) o un aidant habilité (ayudante autorizado) puede hacerlo con usted, gratis. Traiga sus papeles y sus contraseñas si las tiene.
node-papers-france-services = France Services
    .text = France Services (oficina de ayuda con los trámites) le ayuda con sus trámites: CAF, impuestos, jubilación, salud, empleo, papeles. Un agente le atiende gratis, cerca de su casa.

## Justice

node-justice-info = Conocer mis derechos
    .text = ¿Tiene una pregunta legal sobre vivienda, familia, trabajo, deudas o papeles? En el Point-justice (punto de asesoría jurídica), juristas y abogados le responden, gratis y con total confidencialidad. El 3039 le da la dirección más cercana.
node-justice-legal-aid = Pagar un abogado
    .text = La aide juridictionnelle (asistencia jurídica gratuita) paga todo o una parte del abogado y de los gastos del juicio. Depende de sus ingresos. El Point-justice (punto de asesoría jurídica) le ayuda a hacer la solicitud.
node-justice-victim = Víctima de un delito
    .text = ¿Ha sufrido un robo, una agresión u otro delito? Puede poner una denuncia (porter plainte) en la policía o en la gendarmería. France Victimes (ayuda a las víctimas) le escucha y le ayuda gratis en el 116 006.
node-justice-rights-defender = Problema con la administración
    .text = ¿No se resuelve un problema con una administración (CAF, impuestos, prefectura)? El Défenseur des droits (defensor de los derechos) puede ayudarle gratis. Un delegado puede atenderle cerca de su casa.
node-justice-discrimination = Discriminación
    .text = ¿Le niegan una vivienda, un empleo o un servicio por su origen, su discapacidad, su sexo o su religión? Está prohibido. Guarde las pruebas y contacte con el Défenseur des droits (defensor de los derechos).
node-justice-conciliation = Conflicto con un vecino
    .text = ¿Un conflicto con un vecino, un propietario o un comerciante? El conciliateur de justice (mediador de justicia) le ayuda a llegar a un acuerdo. Es gratis.

## Food and daily life

node-food-aid = Ayuda para comer
    .text = El CCAS (servicio social del ayuntamiento) o una trabajadora social le orienta hacia una tienda solidaria (épicerie solidaire), paquetes de comida o comidas. Algunas asociaciones, como los Restos du Cœur, también le reciben directamente.
node-food-clothes = Ropa
    .text = Los roperos solidarios (vestiaires solidaires) dan ropa o la venden a bajo precio. Pregunte en el CCAS (servicio social del ayuntamiento), en el Secours populaire o en la Croix-Rouge (Cruz Roja).
node-food-hygiene = Ducharse, lavar la ropa
    .text = Los centros de día y los baños públicos (bains-douches) ofrecen ducha, lavandería y productos de higiene. El sitio Soliguide y el 115 le indican los lugares cercanos.
node-food-canteen = Comedor escolar
    .text = El ayuntamiento (mairie) fija el precio del comedor escolar, a menudo según los ingresos. Pida la tarifa reducida en el ayuntamiento. Si no puede pagar, el CCAS (servicio social del ayuntamiento) puede ayudarle.

## Emergency

node-emergency-other = Otra urgencia
    .question = ¿Qué urgencia?
node-emergency-samu = Urgencia médica (15)
    .text = ¿Desmayo, herida grave, dificultad para respirar? Llame al 15 (SAMU). Es gratis, de día y de noche.
node-emergency-police = Peligro, agresión (17)
    .text = ¿Está usted en peligro, o lo está otra persona? Llame al 17 (policía o gendarmería), gratis, de día y de noche. Si no puede hablar, envíe un SMS (mensaje de texto) al 114.
node-emergency-violence = Violencia (3919)
    .text = Llame al 3919, gratis y anónimo, de día y de noche: la llamada no aparece en la factura. Ayuda a las mujeres víctimas de violencia y a los testigos. Si está en peligro inmediato, llame al 17.
node-emergency-child = Niño en peligro (119)
    .text = ¿Un niño está en peligro o sufre maltrato? Llame al 119, gratis, de día y de noche: la llamada no aparece en la factura. Un niño puede llamar él mismo.
node-emergency-suicide = Ideas suicidas (3114)
    .text = ¿Piensa en el suicidio, o está preocupado por un ser querido? Llame al 3114. Es gratis, de día y de noche, y le escuchan profesionales de la salud.
node-emergency-deaf = Urgencia por SMS (114)
    .text = ¿Es usted sordo, tiene problemas de audición o no puede hablar? Envíe un SMS (mensaje de texto) al 114 para contactar con la policía, el SAMU (urgencias médicas) o los bomberos. Es gratis, de día y de noche.
node-emergency-fire = Incendio, accidente (18)
    .text = ¿Incendio, accidente, una persona atrapada? Llame al 18 (bomberos). Es gratis, de día y de noche.
node-emergency-112 = Urgencia europea (112)
    .text = El 112 es el número de urgencias en toda Europa. Es gratis, desde cualquier teléfono. Le dirigen al servicio adecuado.

## Documents

doc-id = Documento de identidad
doc-passport = Pasaporte
doc-residence-permit = Permiso de residencia o resguardo (récépissé)
doc-proof-of-address = Justificante de domicilio
doc-tax-notice = Aviso de impuestos (avis d'impôt)
doc-payslip = Nóminas (recibos de sueldo)
doc-bank-details = Datos bancarios (RIB)
doc-health-card = Carte Vitale o certificado (attestation)
doc-lease = Contrato de alquiler (bail)
doc-family-record = Libro de familia (livret de famille)
doc-birth-certificate = Acta de nacimiento
doc-photo = Foto de carné
doc-resources = Justificantes de ingresos
doc-rent-receipt = Recibos del alquiler
doc-energy-bill = Facturas de luz y gas
doc-medical = Certificado médico
doc-letter = Cartas recibidas
doc-court = Papeles del tribunal
doc-cv = Currículum (CV)
doc-debt-list = Lista de deudas y créditos

## Services (one-line description)

# Exempleville: servicios de ejemplo, que hay que sustituir por los servicios locales reales.
svc-ccas-exempleville = Servicio social del ayuntamiento: ayudas de urgencia, domiciliación, acompañamiento.
svc-france-services-exempleville = Ayuda gratuita con sus trámites: CAF, impuestos, salud, empleo, papeles.
svc-caf-exempleville = Oficina de la CAF, con cita: ayudas a la vivienda, RSA, familias.
svc-cpam-exempleville = Oficina de la Assurance Maladie (seguro de salud): carte Vitale, AME, Complémentaire santé solidaire.
svc-france-travail-exempleville = Agencia de France Travail (empleo): inscripción, búsqueda de empleo, formación.
svc-mission-locale-exempleville = Acompañamiento de jóvenes de 16 a 25 años: empleo, formación, vivienda.
svc-epicerie-sociale-exempleville = Tienda solidaria: compras a bajo precio, si le envía un trabajador social.
svc-point-justice-exempleville = Consejos jurídicos gratuitos y confidenciales, ayuda a las víctimas.
svc-conseiller-numerique-exempleville = Ayuda gratuita para usar internet y hacer sus trámites en línea.
svc-mairie-exempleville = Ayuntamiento (mairie): registro civil, tarjetas de identidad y pasaportes con cita.
svc-exempleville-habitat = Arrendador social: viviendas en alquiler, solicitudes de vivienda, preguntas de los inquilinos.

# National services.
svc-caf = Caja de prestaciones familiares: ayudas a la vivienda, RSA, prime d'activité, familias.
svc-msa = Seguridad social agrícola: salud, familia, prime d'activité para quienes trabajan en la agricultura.
svc-assurance-maladie = Seguro de salud: reembolso de gastos médicos, carte Vitale, AME, Complémentaire santé solidaire.
svc-mon-soutien-psy = Encontrar un psicólogo cuyas sesiones se reembolsan.
svc-france-travail = Inscripción, subsidio de desempleo, ofertas de empleo y formaciones.
svc-mission-locale = Encontrar la Mission locale más cercana (jóvenes de 16 a 25 años).
svc-allo-service-public = Información sobre sus derechos y sus trámites administrativos.
svc-demande-logement-social = Hacer o renovar una solicitud de vivienda social por internet.
svc-adil = Asesoría jurídica gratuita sobre la vivienda: alquileres impagados, desalojo, derechos del inquilino.
svc-cheque-energie = Preguntas sobre el chèque énergie: derecho, envío, uso.
svc-samu-social-115 = Alojamiento de urgencia para personas sin hogar, de día y de noche.
svc-violences-femmes-info-3919 = Escucha y consejo para mujeres víctimas de violencia y para testigos, anónimo y gratuito.
svc-allo-119 = Infancia en peligro: escucha y aviso, gratis, de día y de noche.
svc-numero-3114 = Prevención del suicidio: profesionales de la salud le escuchan, gratis, de día y de noche.
svc-urgence-114 = Urgencias por SMS para personas sordas, con problemas de audición o que no pueden hablar.
svc-samu-15 = Urgencias médicas, de día y de noche.
svc-police-17 = Policía o gendarmería en caso de peligro, de día y de noche.
svc-pompiers-18 = Bomberos: incendio, accidente, rescate, de día y de noche.
svc-urgence-112 = Número de urgencias europeo, desde cualquier teléfono.
svc-point-justice-3039 = Número gratuito para encontrar el Point-justice más cercano.
svc-france-victimes = Ayuda gratuita a las víctimas de delitos y a sus seres queridos.
svc-defenseur-des-droits = Ayuda gratuita si tiene un problema con una administración o sufre discriminación.
svc-conciliateurs = Encontrar un conciliateur de justice (mediador) para resolver un conflicto de forma amistosa.
svc-banque-de-france = Sobreendeudamiento, derecho a una cuenta bancaria, registros bancarios.
svc-point-conseil-budget = Encontrar un Point conseil budget: ayuda gratuita para gestionar su presupuesto.
svc-info-retraite = Sitio común de las cajas de jubilación: sus derechos, sus trámites.
svc-pour-les-personnes-agees = Información y ayudas para las personas mayores y sus seres queridos.
svc-monparcourshandicap = Información sobre la discapacidad y dirección de su MDPH.
svc-monenfant = Encontrar una guardería o una cuidadora infantil cerca de usted.
svc-code-travail-numerique = Sus derechos en el trabajo, explicados de forma sencilla.
svc-anef = Sitio oficial para pedir o renovar un permiso de residencia.
svc-ofii = Acogida e integración de extranjeros: clases de francés, solicitantes de asilo.
svc-refugies-info = Información traducida para personas refugiadas y exiliadas.
svc-ants = Solicitud previa por internet de tarjeta de identidad y pasaporte.
svc-aidants-connect = Ayudantes autorizados hacen sus trámites en línea con usted, de forma segura.
svc-soliguide = Mapa de lugares útiles: comidas, duchas, atención médica, ropa.
svc-restos-du-coeur = Asociación: comidas, paquetes de comida, ayuda a las personas.
svc-secours-populaire = Asociación: ayuda alimentaria, ropa, vacaciones, acceso a los derechos.
svc-croix-rouge = Asociación: ayuda alimentaria, roperos, centros de día.

## « Ai-je droit ? » : tableaux de plafonds et leurs résultats (tranche eligibility)
node-housing-eligibility = ¿Tengo derecho a una vivienda social?
    .question = ¿Cuántas personas viven en su vivienda, contando con usted?
node-housing-eligible-plai = Vivienda social: probablemente sí, incluso las más baratas (PLAI)
    .text = Según sus respuestas, sus ingresos están por debajo del límite más bajo: probablemente puede solicitar todas las viviendas sociales, incluso las de alquiler más bajo (PLAI). Es una estimación: el arrendador comprueba su aviso de impuestos. La solicitud es gratuita, en línea o en ventanilla.
node-housing-eligible-plus = Vivienda social: probablemente sí (HLM, PLUS)
    .text = Según sus respuestas, probablemente puede solicitar una vivienda social normal (HLM, categoría PLUS) o intermedia (PLS). Es una estimación: el arrendador comprueba su aviso de impuestos. La solicitud es gratuita.
node-housing-eligible-pls = Vivienda social: probablemente sí, categoría PLS
    .text = Según sus respuestas, sus ingresos superan el límite de las HLM normales, pero probablemente puede solicitar viviendas sociales intermedias (PLS), con alquileres algo más altos. Es una estimación.
node-housing-not-eligible = Vivienda social: probablemente no
    .text = Según sus respuestas, sus ingresos superan los límites de la vivienda social. Es una estimación: si sus ingresos han bajado, pida consejo. La ADIL informa gratis sobre otras formas de encontrar vivienda.
table-social-housing-adjust-alone-with-dependents = ¿Es usted el único adulto, con las demás personas a su cargo (hijos…)?
table-social-housing-adjust-disability = ¿Alguien de su hogar tiene una tarjeta de discapacidad (carte mobilité inclusion)?
table-social-housing-adjust-young-couple = ¿Son una pareja cuyas dos edades suman 55 años o menos?
table-social-housing-income = Los ingresos del hogar en 2024: el «revenu fiscal de référence» del aviso de impuestos recibido en 2025. ¿Dónde está?
node-health-css-check = ¿Tengo derecho a la Complémentaire santé solidaire?
    .question = ¿Cuántas personas hay en su hogar, contando con usted?
node-health-css-free = Complémentaire santé solidaire: probablemente gratuita
    .text = Según sus respuestas, probablemente puede tener la Complémentaire santé solidaire sin pagar nada. Es una estimación: el Seguro de Enfermedad comprueba sus recursos. Pídala en ameli.fr o en la CPAM.
node-health-css-paid = Complémentaire santé solidaire: probablemente, a bajo precio
    .text = Según sus respuestas, probablemente puede tener la Complémentaire santé solidaire por menos de 1 € al día por persona. Es una estimación. Pídala en ameli.fr o en la CPAM.
node-health-css-above = Complémentaire santé solidaire: probablemente no
    .text = Según sus respuestas, sus recursos superan los límites. Es una estimación. Un seguro complementario (mutuelle), o el de su empresa, puede cubrirle: el CCAS o France Services le ayudan a elegir.
table-css-income = Todos los recursos del hogar en los últimos 12 meses: salarios, ayudas, pensiones… ¿Dónde están?
table-social-housing-row-1 = 1 persona
table-social-housing-row-2 = 2 personas
table-social-housing-row-3 = 3 personas
table-social-housing-row-4 = 4 personas
table-social-housing-row-5 = 5 personas
table-social-housing-row-6 = 6 personas
table-social-housing-row-7 = 7 personas
table-social-housing-row-8 = 8 personas o más
table-css-row-1 = 1 persona
table-css-row-2 = 2 personas
table-css-row-3 = 3 personas
table-css-row-4 = 4 personas
table-css-row-5 = 5 personas
table-css-row-6 = 6 personas
table-css-row-7 = 7 personas
table-css-row-8 = 8 personas o más

## online: Action Logement, and the official online procedures (online.toml)

node-housing-action-logement = Ayudas de Action Logement
    .question = ¿Qué ayuda de Action Logement busca?
node-housing-visale = Un avalista gratuito (Visale)
    .text = ¿No tiene avalista para alquilar? Con la garantía Visale, Action Logement es su avalista, gratis. Si no puede pagar el alquiler, Action Logement paga al propietario y después usted se lo devuelve. Es para menores de 30 años (estudiantes, aprendices, asalariados, personas sin empleo…) y para algunos asalariados mayores (contratación reciente, salario bajo). Pídala en visale.fr antes de firmar el contrato de alquiler.
node-housing-loca-pass = Anticipo de la fianza (Loca-Pass)
    .text = Action Logement puede adelantar su fianza (depósito de garantía). Es un préstamo sin intereses ni gastos: lo devuelve poco a poco, en 25 meses como máximo. Para asalariados de una empresa privada (no agrícola), y para menores de 30 años en alternancia, buscando empleo o estudiantes (becados o con empleo). Pídalo como muy tarde 2 meses después de entrar en la vivienda.
node-housing-mobili-jeune = Ayuda al alquiler en alternancia (Mobili-Jeune)
    .text = ¿Tiene menos de 30 años y está en aprendizaje o en contrato de profesionalización en una empresa privada (no agrícola)? La ayuda Mobili-Jeune paga una parte de su alquiler cada mes, si su salario es bajo y se mudó por su formación o su trabajo. Pídala en el sitio de Action Logement, cerca del inicio de su contrato.
svc-action-logement = Garantía Visale, anticipo Loca-Pass, ayuda Mobili-Jeune: información y ayuda para la solicitud, por teléfono.
online-demande-logement-social = Solicitud de vivienda social
    .asks = El sitio pide su documento de identidad (y permiso de residencia), sus ingresos y su aviso de impuestos. Cuente unos 20 minutos. Después recibe un número único.
online-caf-simulation-logement = Simulación de la ayuda a la vivienda (CAF)
    .asks = El sitio pide su alquiler, sus ingresos y quién vive con usted. Cuente unos 10 minutos. Es una estimación: después puede hacer la solicitud.
online-cheque-energie = Cheque energía
    .asks = El sitio pide el número fiscal y la referencia de su aviso de impuestos, para decirle si tiene derecho al cheque. Cuente unos 5 minutos.
online-visale = Garantía Visale
    .asks = El sitio pide crear una cuenta con un correo electrónico, y después su documento de identidad y un justificante de su situación (contrato de trabajo, nóminas o certificado de estudios). Cuente unos 15 minutos.
online-loca-pass = Anticipo Loca-Pass
    .asks = El sitio pide crear una cuenta, y después su contrato de alquiler, su documento de identidad, sus datos bancarios y un justificante de su situación (contrato de trabajo o de alternancia). Cuente unos 15 minutos.
online-mobili-jeune = Ayuda Mobili-Jeune
    .asks = El sitio pide crear una cuenta, y después su contrato de alternancia, su contrato de alquiler, sus datos bancarios y su documento de identidad. Cuente unos 15 minutos.
