# Tigrinya — draft, machine-assisted translation to be reviewed by a native speaker. Partial: the home screen and the help screen; other texts fall back to French.
# French names of institutions and benefits stay in Latin letters: residents see them on letters and websites.

pack-title = ኣብ ጥቓኹም ዘለዉ መሰላትኩምን ኣገልግሎታትን
pack-help = ሓደ ሰብ ብነጻ ክሕግዘኩም ይኽእል፦ ኣብ CCAS (ማሕበራዊ ኣገልግሎት ምምሕዳር ከተማ) ወይ ኣብ ቤት ጽሕፈት France Services (ሓገዝ ንሰነዳትን ምምሕዳራዊ ጉዳያትን)።

## Home

node-home = ቀንዲ ገጽ
    .question = እንታይ ትደልዩ?

## Topics (home tiles)

node-housing = መንበሪ ገዛ
    .question = ንመንበሪ ገዛኹም እንታይ የድልየኩም?
node-health = ጥዕና
    .question = ንጥዕናኹም እንታይ የድልየኩም?
node-money = ገንዘብ
    .question = እንታይ ሓገዝ ትደልዩ?
node-work = ስራሕ
    .question = ብዛዕባ ስራሕ እንታይ ትደልዩ?
node-family = ስድራቤት
    .question = ንስድራቤትኩም እንታይ የድልየኩም?
node-papers = ሰነዳትን ምምሕዳራዊ ጉዳያትን
    .question = ኣየናይ ጉዳይ ክትፍጽሙ ትደልዩ?
node-justice = ፍትሕን መሰላትን
    .question = ጸገምኩም እንታይ እዩ?
node-food = መግቢ፣ ክዳውንቲ፣ ጽሬት
    .question = እንታይ የድልየኩም?
node-emergency = ህጹጽ
    .question = እንታይ ኣጋጢሙ?

## Services (one-line description)

# Exempleville: example services, to replace with real local ones.
svc-ccas-exempleville = ማሕበራዊ ኣገልግሎት ምምሕዳር ከተማ፦ ህጹጽ ሓገዝ፣ ናይ ፖስታ ኣድራሻ (domiciliation)፣ ደገፍ።
svc-france-services-exempleville = ንምምሕዳራዊ ጉዳያትኩም ብነጻ ሓገዝ፦ CAF (ናይ ስድራቤት ድጎማ)፣ ግብሪ፣ ጥዕና፣ ስራሕ፣ ሰነዳት።
