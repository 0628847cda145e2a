//! The data·inclusion referentials that services are tagged with, so that exports from
//! the national schema can be imported and ours exported back.
//!
//! Only the top-level thématiques are fixed here; a sub-theme is written
//! `theme--sous-theme` and is accepted when its theme is known. Both the schema's
//! version 0 themes (which hand-written packs use) and its version 1 themes (v1.0.8,
//! which exports use) are known.

/// Top-level thématiques of the data·inclusion referential, versions 0 and 1.
pub const THEMATIQUES: &[&str] = &[
    "acces-aux-droits-et-citoyennete",
    "accompagnement-social-et-professionnel-personnalise",
    "apprendre-francais",
    "choisir-un-metier",
    "creation-activite",
    "creer-une-entreprise",
    "difficultes-administratives-ou-juridiques",
    "difficultes-financieres",
    "equipement-et-alimentation",
    "famille",
    "gestion-financiere",
    "handicap",
    "lecture-ecriture-calcul",
    "logement-hebergement",
    "mobilite",
    "numerique",
    "preparer-sa-candidature",
    "remobilisation",
    "sante",
    "se-former",
    "souvrir-a-linternational",
    "trouver-un-emploi",
];

/// Publics of the data·inclusion referential, versions 0 and 1.
pub const PUBLICS: &[&str] = &[
    "actifs",
    "adultes",
    "alternants",
    "beneficiaires-des-minimas-sociaux",
    "beneficiaires-revenu-de-solidarite-active",
    "beneficiaires-rsa",
    "deficience-visuelle",
    "demandeurs-demploi",
    "demandeurs-emploi",
    "etudiants",
    "familles",
    "familles-enfants",
    "femmes",
    "jeunes",
    "jeunes-16-26",
    "personnes-de-nationalite-etrangere",
    "personnes-en-situation-de-handicap",
    "personnes-en-situation-durgence",
    "personnes-en-situation-juridique-specifique",
    "personnes-exilees",
    "personnes-handicapees",
    "public-sans-domicile",
    "residents-qpv-frr",
    "retraites",
    "sans-domicile-fixe",
    "seniors",
    "seniors-65",
    "sortants-de-detention",
    "tous-publics",
    "victimes",
];

/// Whether `t` is a known thématique or a sub-theme of one.
pub fn is_known_thematique(t: &str) -> bool {
    let top = t.split("--").next().unwrap_or(t);
    THEMATIQUES.contains(&top)
}

pub fn is_known_public(p: &str) -> bool {
    PUBLICS.contains(&p)
}

#[cfg(test)]
mod tests {
    #[test]
    fn subthemes() {
        assert!(super::is_known_thematique("famille--garde-denfants"));
        assert!(super::is_known_thematique("sante"));
        assert!(!super::is_known_thematique("cuisine"));
    }
}
