//! A landlord and its offers added to a fixture pack: the service, an offers node on
//! the home screen with its texts, `offers/bailleur.toml` and small JPEG photos.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use super::{append, edit};

/// The landlord's service id in these packs.
pub const LANDLORD: &str = "bailleur";

/// A flat-colour JPEG of `w`×`h` pixels.
pub fn jpeg(w: u32, h: u32, shade: u8) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let band = if (x / 32 + y / 32) % 2 == 0 { shade } else { 255 - shade };
        image::Rgb([band, 120, 200])
    });
    let mut out = Vec::new();
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80);
    enc.encode_image(&img).expect("encode a test photo");
    out
}

/// Adds service `bailleur` and node `flats` (kind `offers`, on the home screen) to the
/// `mini` fixture copied in `dir`.
pub fn add_landlord(dir: &Path) {
    append(
        dir,
        "services.toml",
        "\n[[service]]\nid = \"bailleur\"\nnom = \"Office d'habitat\"\ntelephone = \"+33199000002\"\n\
         thematiques = [\"logement-hebergement\"]\npublics = [\"tous-publics\"]\npictogram = \"svc-caf\"\n",
    );
    append(
        dir,
        "nodes/home.toml",
        "\n[[node]]\nid = \"flats\"\nkind = \"offers\"\npictogram = \"housing\"\nlandlords = [\"bailleur\"]\n\
         documents = [\"id\"]\n",
    );
    edit(
        dir,
        "nodes/home.toml",
        "choices = [\"rent\", \"care\"]",
        "choices = [\"rent\", \"care\", \"flats\"]",
    );
    append(
        dir,
        "locales/fr.ftl",
        "node-flats = Logements à louer\n    .text = Les logements libres de nos bailleurs.\nsvc-bailleur = Le bailleur social.\n",
    );
    append(
        dir,
        "locales/en.ftl",
        "node-flats = Homes to rent\n    .text = Free homes of our landlords.\nsvc-bailleur = The social landlord.\n",
    );
}

/// Writes `offers/bailleur.toml` with `count` offers ending on `expires`, each showing
/// one of `photos` photos (written too).
pub fn write_offers(dir: &Path, count: usize, photos: usize, expires: &str) {
    let folder = dir.join("offers").join(LANDLORD);
    fs::create_dir_all(&folder).expect("offers folder");
    for p in 0..photos {
        fs::write(folder.join(format!("p{p}.jpg")), jpeg(320, 240, (p * 37 % 256) as u8)).expect("photo");
    }
    let communes = ["Exempleville", "Écouen", "Maubeuge", "Hautmont", "Saint-Rémy-du-Nord"];
    let mut toml = String::from("# Offers of the test landlord.\n");
    for i in 0..count {
        let _ = write!(
            toml,
            "\n[[offer]]\nreference = \"R-{i:05}\"\ncommune = \"{}\"\ncode_postal = \"99000\"\nrooms = {}\n\
             surface_m2 = {}\nrent = {}.{:02}\ncharges = 45\nfloor = {}\nlift = {}\nwheelchair = {}\n\
             energy = \"{}\"\nexpires = {expires}\n",
            communes[i % communes.len()],
            1 + i % 6,
            20 + (i % 6) * 14,
            250 + (i * 7) % 600,
            i % 100,
            i % 9,
            i % 2 == 0,
            i % 7 == 0,
            ["A", "B", "C", "D", "E", "F", "G"][i % 7],
        );
        if photos > 0 {
            let _ = writeln!(toml, "photos = [\"p{}.jpg\"]", i % photos);
        }
    }
    fs::write(dir.join("offers").join(format!("{LANDLORD}.toml")), toml).expect("offers file");
}
