# Turkish — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = Başlamak için ekrana dokunun

nav-back = Geri
nav-home = Ana sayfa
nav-language = Dil
nav-display = Görünüm
nav-help = Yardım
nav-emergency = Acil
nav-listen = Dinle

crumbs-label = Seçimleriniz
language-title = Dilinizi seçin

display-contrast = Yüksek kontrast
display-text-size = Yazı boyutu
display-on = Açık
display-off = Kapalı
display-size-normal = Normal
display-size-large = Büyük
display-size-largest = Çok büyük
display-volume = Ses düzeyi
display-volume-level = { $count } / 5

result-documents = Getirmeniz gereken belgeler
result-where = Nereye gitmelisiniz
service-example = Örnek: bu yer, şehrinizdeki gerçek yerle değiştirilmelidir.

badge-open = Şu an açık
badge-open-until = Açık, kapanış: { $time }
badge-closed = Kapalı
badge-closed-opens-today = Kapalı, açılış: { $time }
badge-closed-opens-tomorrow = Kapalı, açılış: yarın { $time }
badge-closed-opens-day = Kapalı, açılış: { $day } { $time }
badge-closed-until = { $date } { $month ->
        [1] Ocak
        [2] Şubat
        [3] Mart
        [4] Nisan
        [5] Mayıs
        [6] Haziran
        [7] Temmuz
        [8] Ağustos
        [9] Eylül
        [10] Ekim
        [11] Kasım
       *[12] Aralık
    } tarihine kadar kapalı
badge-unknown = Saatleri kontrol edin

day-1 = pazartesi
day-2 = salı
day-3 = çarşamba
day-4 = perşembe
day-5 = cuma
day-6 = cumartesi
day-7 = pazar

emergency-title = Acil durum
emergency-intro = Gece gündüz, her telefondan ücretsiz arayın.
emergency-112 = Avrupa acil çağrı numarası, tüm ülkelerden
emergency-15 = SAMU: tıbbi acil durum, ambulans
emergency-17 = Polis veya jandarma
emergency-18 = İtfaiye: yangın, kaza
emergency-114 = İşitme engelli veya az duyan kişiler: SMS veya görüntülü görüşme ile
emergency-115 = Evsiz kişiler: acil barınma
emergency-119 = Tehlike altındaki çocuk
emergency-3919 = Kadına yönelik şiddet: isim vermeden destek hattı
emergency-3114 = İntihar düşünceleri: intiharı önleme hattı

help-title = Bu terminal nasıl kullanılır
help-step-touch = Seçmek için bir resme dokunun. Bir kez dokunmak yeterli.
help-step-back = Geri: önceki ekrana dönün.
help-step-home = Ana sayfa: en baştan başlayın.
help-step-language = Dil: istediğiniz zaman başka bir dil seçin.
help-step-display = Görünüm: daha büyük yazı veya yüksek kontrast.
help-step-emergency = Acil: tehlike anında aranacak numaralar.
help-step-privacy = Hiçbir şey saklanmaz: ayrıldığınızda terminal her şeyi siler.
help-person-title = Bir kişiyle konuşun

idle-title = Hâlâ orada mısınız?
idle-countdown = { $count ->
    [one] Terminal { $count } saniye içinde her şeyi silecek.
   *[other] Terminal { $count } saniye içinde her şeyi silecek.
}
idle-continue = Devam et

fallback-french = Henüz çevrilmedi: metin Fransızca

ticket-button = Biletim
ticket-title = Biletiniz
ticket-number = Bilet no. { $number }
ticket-show = Bu kodu bu yerlerden birinde bir kişiye gösterin: kodu okuyup size yardımcı olabilir.
ticket-photo = Telefonunuzla fotoğrafını çekebilirsiniz. Sizinle ilgili hiçbir bilgi içermez.
ticket-print = Biletimi yazdır
ticket-printing = Bilet yazdırılıyor…
ticket-printed = Biletiniz yazdırıldı. Yazıcıdan alın.
ticket-print-no-paper = Yazıcıda kâğıt kalmadı. Kodun telefonunuzla fotoğrafını çekin veya bu ekranı birine gösterin.
ticket-print-failed = Yazıcı şu anda çalışmıyor. Kodun telefonunuzla fotoğrafını çekin veya bu ekranı birine gösterin.
mediator-title = Biri biletinizi okuyor
mediator-answers = Cevaplarınız
mediator-continue = Devam et
mediator-end = Bitir
mediator-unreadable = Bu bilet bu terminalde okunamıyor.
mediator-discreet = Cevaplarınız, başka kimse okuyamasın diye bilete yazılmaz. Ne aradığınızı bu kişiye söyleyebilirsiniz.
update-title = Terminal güncelleniyor
update-wait = USB belleği çıkarmayın.
update-step-verify = İmza doğrulanıyor
update-step-unpack = Güncelleme açılıyor
update-step-check = İçerik kontrol ediliyor
update-step-compile = İçerik hazırlanıyor
update-step-switch = Yeni içeriğe geçiliyor
update-applied = Yeni içerik yüklendi.
update-refused = Güncelleme yüklenmedi. Terminal mevcut içeriğini koruyor. Nedeni, USB bellekteki raporda yazılı.
update-nothing = Bu USB bellekte güncelleme yok.
update-stats = İstatistikler USB belleğe kopyalandı.
update-write-failed = Rapor yazılamadı: USB bellek yazmaya karşı korumalı veya dolu.
update-remove = USB belleği çıkarabilirsiniz.

speech-phone = Telefon: { $number }
speech-no-voice = Bu ekran henüz bu dilde sesli okunamıyor. Fransızca veya İngilizce dinleyebilirsiniz.
listen-no-voice = Bu dilde henüz ses yok: Fransızca ve İngilizce dinleyin.
keypad-help = Tuş takımı: yukarı ve aşağı okları ya da 8 ve 2, bir düğmeden diğerine geçer. Ortadaki tuş, 5 ya da Enter düğmeye basar. 0 geri gider, 7 ana sayfaya döner. Artı ve eksi sesi ayarlar. Yıldız bu yardımı tekrarlar.
keypad-welcome = Kulaklık takıldı: kiosk ekranı sesli okur. Tuş takımını nasıl kullanacağınızı öğrenmek için yıldız tuşuna basın.
listen-headphones = Dinlemek için kulaklık takın.
quick-exit = Hızlı çık
start-over = Baştan başla
service-checked = { $date } tarihinde kontrol edildi
service-accessible = Tekerlekli sandalyeyle erişilebilir
service-not-accessible = Tekerlekli sandalyeyle erişilemez
result-stale-hidden = { $count } yer gösterilmiyor: bilgileri uzun süredir kontrol edilmedi. Bir görevliye sorun (Yardım düğmesi).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = Pazartesi
hours-day-2 = Salı
hours-day-3 = Çarşamba
hours-day-4 = Perşembe
hours-day-5 = Cuma
hours-day-6 = Cumartesi
hours-day-7 = Pazar
hours-time = { $hour }:{ $mm }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }, { $item }
hours-line = { $days }: { $hours }
hours-all-day = 24 saat açık
hours-public-holidays-closed = Resmî tatillerde kapalı

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = Şehir
offers-filter-rooms = Oda
offers-filter-rent = Kira
offers-filter-wheelchair = Tekerlekli sandalye
offers-all = Tümü
offers-clear-filters = Tümünü göster
offers-count = { $count ->
    [0] Bu seçimlere uygun ev yok
    [one] 1 ev
   *[other] { $count } ev
}
offers-page = { $count } evden { $first }–{ $last }
offers-previous = Önceki
offers-next = Sonraki
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = Aylık { $amount }, masraflar dahil
offers-floor = { $floor ->
    [0] Zemin kat
   *[other] { $floor }. kat
}
offers-floor-lift = { $floor }, asansörlü
offers-floor-no-lift = { $floor }, asansörsüz
offers-energy = Enerji { $label }
offers-energy-scale = { $label } (A: çok az enerji harcar, G: çok fazla enerji harcar)
offers-wheelchair-yes = Tekerlekli sandalyeye uygun
offers-wheelchair-no = Tekerlekli sandalyeye uygun değil
offers-available-now = Şu an boş
offers-available-from = { $date } tarihinden itibaren boş
offers-rooms = { $rooms ->
    [one] 1 oda
   *[other] { $rooms } oda
}
offers-rooms-or-more = { $rooms } oda veya daha fazla
offers-surface = { $surface } m²
offers-up-to = En çok { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = Hangi şehirde?
offers-pick-rooms = Kaç oda?
offers-pick-rent = Masraflar dahil en çok ne kadar kira?
offers-no-photo = Fotoğraf yok
offers-photo = Fotoğraf { $n } / { $count }
offers-photo-previous = Önceki fotoğraf
offers-photo-next = Sonraki fotoğraf
offers-how-to-apply = Nasıl başvurulur
offers-apply-title = Bu eve başvurun
offers-apply-text = Başvurunuzu { $landlord } kurumuna yapın ve şu referansı verin: { $reference }. Kayıtlı bir sosyal konut başvurunuzun da olması gerekir. Aşağıdaki belgeleri getirin. Biletinizle bir kişi size yardımcı olabilir.
offers-fact-rent = Kira
offers-fact-charges = Masraflar
offers-fact-rooms = Oda
offers-fact-surface = Alan
offers-fact-floor = Kat
offers-fact-access = Erişim
offers-fact-energy = Enerji
offers-fact-available = Ne zaman boş
offers-fact-landlord = Ev sahibi
offers-fact-reference = Referans

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = Evet
elig-no = Hayır
elig-year-up-to = Yılda { $max } € kadar (ayda yaklaşık { $max-month } €)
elig-year-between = Yılda { $min } € ile { $max } € arası (ayda yaklaşık { $min-month }–{ $max-month } €)
elig-year-above = Yılda { $min } € veya daha fazla (ayda yaklaşık { $min-month } €)
elig-month-up-to = Ayda { $max } € kadar
elig-month-between = Ayda { $min } € ile { $max } € arası
elig-month-above = Ayda { $min } € veya daha fazla

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = Telefonunuzda devam edin
online-button-label = Telefonunuzda devam edin: { $name }
online-scan = Telefonunuzun kamerasını açın ve bu koda tutun: resmi site açılır. İşleme telefonunuzda, kendi hızınızda devam edersiniz.
online-asks = Sitenin sizden isteyecekleri
online-private = Kod yalnızca resmi sitenin adresini içerir, sizinle ilgili hiçbir şey içermez.
