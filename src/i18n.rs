//! Every word the widget shows, in each language it speaks: one [`Strings`]
//! table per language ([`EN`], [`FR`], [`ES`], and the pseudo-locale
//! [`EN_XB`]), picked by [`Locale::resolve`] from the host's `locale`.
//!
//! A component reads a field (`ctx.strings.submit`); a sentence with
//! numbers or names in it is a template with `{0}`, `{1}` filled by
//! [`fill`], and numbers and times go through [`Strings::number`] and
//! [`Strings::time`] (the browser's `Intl`, in the table's language).
//! The `code-review-v1` preset's texts are ours too: [`Strings::localize`]
//! gives the rubric as shown. Task content and task authors' rubrics are
//! never translated, and events never carry a label, only ids and values.
//!
//! Adding a string: a field in [`Strings`] with a `///` line, its text in
//! every table (the English one is written once, in `english!`, for `EN`
//! and `EN_XB`), and its name in [`Strings::texts`] (the compiler asks for
//! it there).

use crate::model::{Kind, Rubric};

/// The words of the UI in one language. Templates hold `{0}`, `{1}`.
#[derive(Debug)]
pub struct Strings {
    /// BCP 47 tag: the widget's `lang`, and the language numbers and times
    /// are formatted for.
    pub tag: &'static str,
    /// Whether 0 takes the singular, as in French.
    pub zero_is_one: bool,
    /// The pseudo-locale: the preset's own texts are mirrored too.
    pub pseudo: bool,
    /// Shown before the host gives a task.
    pub no_task: &'static str,
    /// Drafts cannot be stored.
    pub notice_storage: &'static str,
    /// A draft of another version of the task was set aside.
    pub notice_set_aside: &'static str,
    /// Heading and label of the prompt.
    pub prompt: &'static str,
    /// Summary of the guidelines.
    pub guidelines: &'static str,
    /// "Response", before the letter A or B.
    pub response: &'static str,
    /// Label of the rubric.
    pub questions: &'static str,
    /// After the title of an optional question.
    pub optional: &'static str,
    /// The tie of a preference.
    pub same: &'static str,
    /// After a letter on a preference: better, slightly better, much better.
    pub better: [&'static str; 3],
    /// A text answer's count, with no limit: `{0}` typed.
    pub chars: &'static str,
    /// A text answer's count: `{0}` typed of at most `{1}`.
    pub chars_max: &'static str,
    /// A text answer's count: `{0}` typed, at least `{1}` needed.
    pub chars_min: &'static str,
    /// The submit button.
    pub submit: &'static str,
    /// The submit button once submitted.
    pub submitted: &'static str,
    /// Status once submitted: `{0}` the time, `{1}` the submission id.
    pub status_submitted: &'static str,
    /// Status when everything is answered.
    pub status_complete: &'static str,
    /// Status with `{0}` answers missing, listed in `{1}`: singular, plural.
    pub status_missing: [&'static str; 2],
    /// A text answer in that list: `{0}` typed of at least `{1}` characters.
    pub missing_chars: &'static str,
    /// Summary of the flag form.
    pub flag_open: &'static str,
    /// Legend of the flag reasons.
    pub flag_question: &'static str,
    /// Labels of the flag reasons, in the order of `FLAG_REASONS`.
    pub flag_reasons: [&'static str; 6],
    /// Label of the flag comment.
    pub flag_comment: &'static str,
    /// Placeholder of the flag comment.
    pub flag_placeholder: &'static str,
    /// The flag button.
    pub flag_send: &'static str,
    /// After a flag: `{0}` its reason.
    pub flag_sent: &'static str,
    /// Title of the error view.
    pub error_title: &'static str,
    /// Sentence before the task's problems.
    pub error_intro: &'static str,
    /// Title of the list of shortcuts.
    pub keys_title: &'static str,
    /// What the shortcuts do: digits, next / previous, submit, help, the form keys.
    pub keys: [&'static str; 5],
    /// The form's own keys, as listed.
    pub keys_form: &'static str,
    /// Status in review mode.
    pub review_status: &'static str,
    /// Consistency hints, by `model::hints::IDS`: `{0}` the letter of the
    /// response the hint is about, `{1}` the other letter.
    pub hints: [&'static str; 3],
    /// Heading of the gold feedback.
    pub feedback_heading: &'static str,
    /// `{0}` answers as expected, of `{1}`.
    pub feedback_summary: &'static str,
    /// Labels of the rater's and the expected answer.
    pub feedback_yours: &'static str,
    /// Label of the expected answer.
    pub feedback_expected: &'static str,
    /// Verdicts: same, close, different, not answered.
    pub verdicts: [&'static str; 4],
    /// An answer that was not given.
    pub no_answer: &'static str,
    /// A multi answer with nothing ticked.
    pub none_ticked: &'static str,
    /// A tied preference.
    pub tie: &'static str,
    /// The dispute button, before and after a dispute.
    pub dispute: [&'static str; 2],
    /// Label of the dispute comment.
    pub dispute_label: &'static str,
    /// Sends the dispute.
    pub dispute_send: &'static str,
    /// After a dispute.
    pub dispute_sent: &'static str,
    /// The words of code blocks and of the code comparison.
    pub code: &'static CodeWords,
    /// The texts of `code-review-v1` in the order [`Strings::localize`]
    /// visits them; `None` keeps the preset's own (English) texts.
    pub preset: Option<&'static [&'static str; PRESET_TEXTS]>,
}

/// How many texts `code-review-v1` shows (titles, help, labels, placeholder).
pub const PRESET_TEXTS: usize = 33;

/// The words of code blocks and of the code comparison.
#[derive(Debug)]
pub struct CodeWords {
    /// The copy button of a code block.
    pub copy: &'static str,
    /// Shown for a moment after a code block was copied.
    pub copied: &'static str,
    /// Shown when the clipboard refused the text; the code is selected.
    /// `{0}` is the copy shortcut (Ctrl+C, or ⌘C on Apple devices).
    pub press_to_copy: &'static str,
    /// The line-wrapping toggle of a code block.
    pub wrap_lines: &'static str,
    /// The label of a code block whose fence names no language.
    pub plain_text: &'static str,
    /// Accessible name of a code block's scroll area: `{0}` its language.
    pub scrollable: &'static str,
    /// The same for a block whose fence names no language.
    pub plain_scrollable: &'static str,
    /// The toggle that shows the comparison in place of the answers.
    pub compare: &'static str,
    /// Above the comparison when both responses contain code.
    pub diff_of_code: &'static str,
    /// Above the comparison when a response contains no code block.
    pub diff_of_text: &'static str,
    /// `{0}` changed, `{1}` only in `{2}`, `{3}` only in `{4}`.
    pub diff_counts: &'static str,
    /// When both sides are the same.
    pub no_differences: &'static str,
    /// Read before a line only the left response has.
    pub removed: &'static str,
    /// Read before a line only the right response has.
    pub added: &'static str,
    /// Accessible name of the comparison.
    pub comparison: &'static str,
    /// The column of line numbers.
    pub line: &'static str,
    /// The button in place of `{0}` unchanged lines of the comparison.
    pub show_unchanged: &'static str,
}

macro_rules! english_code {
    ($w:ident) => {
        CodeWords {
            copy: $w!("Copy"),
            copied: $w!("Copied"),
            press_to_copy: $w!("Press {0} to copy"),
            wrap_lines: $w!("Wrap lines"),
            plain_text: $w!("Text"),
            scrollable: $w!("{0} code, scrollable"),
            plain_scrollable: $w!("Code, scrollable"),
            compare: $w!("Compare code"),
            diff_of_code: $w!("The code blocks of both responses, compared line by line."),
            diff_of_text: $w!("One response has no code block, so both are compared in full, line by line."),
            diff_counts: $w!("{0} changed, {1} only in {2}, {3} only in {4}"),
            no_differences: $w!("No differences."),
            removed: $w!("removed: "),
            added: $w!("added: "),
            comparison: $w!("Comparison of the responses"),
            line: $w!("Line"),
            show_unchanged: $w!("Show {0} unchanged lines"),
        }
    };
}

macro_rules! plain {
    ($text:literal) => {
        $text
    };
}

/// Chrome's en-XB: English, shown right to left.
macro_rules! mirrored {
    ($text:literal) => {
        concat!("\u{202E}", $text, "\u{202C}")
    };
}

macro_rules! english {
    ($w:ident, $tag:literal, $pseudo:literal, $code:expr) => {
        Strings {
            tag: $tag,
            zero_is_one: false,
            pseudo: $pseudo,
            no_task: $w!("No task loaded yet."),
            notice_storage: $w!("Your answers cannot be saved in this browser, so reloading the page would lose them. You can still submit."),
            notice_set_aside: $w!("A draft saved for an earlier version of this task was kept aside, not applied: the task has changed."),
            prompt: $w!("Prompt"),
            guidelines: $w!("Guidelines"),
            response: $w!("Response"),
            questions: $w!("Rating questions"),
            optional: $w!("(optional)"),
            same: $w!("About the same"),
            better: [$w!("better"), $w!("slightly better"), $w!("much better")],
            chars: $w!("Characters: {0}"),
            chars_max: $w!("Characters: {0} / {1}"),
            chars_min: $w!("Characters: {0} (at least {1})"),
            submit: $w!("Submit rating"),
            submitted: $w!("Submitted"),
            status_submitted: $w!("Rating submitted at {0} ({1})."),
            status_complete: $w!("Everything is answered."),
            status_missing: [$w!("{0} answer left: {1}."), $w!("{0} answers left: {1}.")],
            missing_chars: $w!("{0} of at least {1} characters"),
            flag_open: $w!("Report a problem with this task"),
            flag_question: $w!("What is wrong with the task?"),
            flag_reasons: [
                $w!("The prompt is unclear"),
                $w!("The two responses are identical"),
                $w!("Outside my expertise"),
                $w!("Unsafe or offensive content"),
                $w!("Something does not display correctly"),
                $w!("Something else (please explain)"),
            ],
            flag_comment: $w!("Comment for the task's owner"),
            flag_placeholder: $w!("What should the task's owner know?"),
            flag_send: $w!("Send report"),
            flag_sent: $w!("Reported: {0}. You can still rate the task or leave it."),
            error_title: $w!("This task cannot be shown"),
            error_intro: $w!("Nothing was rated. The task has these problems; please pass them to whoever provided it:"),
            keys_title: $w!("Keyboard shortcuts"),
            keys: [
                $w!("answer the focused question and go to the next"),
                $w!("next / previous question"),
                $w!("submit the rating"),
                $w!("show or hide this list"),
                $w!("move and choose as in any form"),
            ],
            keys_form: $w!("Tab, arrows, Space"),
            review_status: $w!("A submitted rating, shown for review: nothing can be changed."),
            hints: [
                $w!("You rated Response {1} higher on every scale, but preferred Response {0}. Is that what you meant?"),
                $w!("Response {0}: you ran it and it fails, yet gave it the top correctness. Is that what you meant?"),
                $w!("You preferred Response {0}, the only one you marked with a security problem. Is that what you meant?"),
            ],
            feedback_heading: $w!("How your answers compare"),
            feedback_summary: $w!("You gave the expected answer to {0} of {1}."),
            feedback_yours: $w!("Your answer"),
            feedback_expected: $w!("Expected"),
            verdicts: [$w!("Same as expected"), $w!("Close to expected"), $w!("Different from expected"), $w!("Not answered")],
            no_answer: $w!("no answer"),
            none_ticked: $w!("none"),
            tie: $w!("a tie"),
            dispute: [$w!("Dispute this answer"), $w!("Dispute again")],
            dispute_label: $w!("Why is the expected answer wrong?"),
            dispute_send: $w!("Send dispute"),
            dispute_sent: $w!("Dispute sent. Thank you: the task's owner will review it."),
            code: $code,
            preset: None,
        }
    };
}

/// English.
pub static EN: Strings = english!(plain, "en", false, &CODE_EN);
static CODE_EN: CodeWords = english_code!(plain);

/// The pseudo-locale `en-XB`: English wrapped in right-to-left overrides,
/// laid out right to left, to check the layout of right-to-left languages.
pub static EN_XB: Strings = english!(mirrored, "en-XB", true, &CODE_XB);
static CODE_XB: CodeWords = english_code!(mirrored);

static CODE_FR: CodeWords = CodeWords {
    copy: "Copier",
    copied: "Copié",
    press_to_copy: "Appuyez sur {0} pour copier",
    wrap_lines: "Retour à la ligne",
    plain_text: "Texte",
    scrollable: "Code {0}, défilant",
    plain_scrollable: "Code, défilant",
    compare: "Comparer le code",
    diff_of_code: "Les blocs de code des deux réponses, comparés ligne par ligne.",
    diff_of_text: "Une réponse n’a pas de bloc de code\u{a0}: les deux sont comparées en entier, ligne par ligne.",
    diff_counts: "{0} modifiée(s), {1} seulement dans {2}, {3} seulement dans {4}",
    no_differences: "Aucune différence.",
    removed: "supprimée\u{a0}: ",
    added: "ajoutée\u{a0}: ",
    comparison: "Comparaison des réponses",
    line: "Ligne",
    show_unchanged: "Afficher {0} lignes identiques",
};

static CODE_ES: CodeWords = CodeWords {
    copy: "Copiar",
    copied: "Copiado",
    press_to_copy: "Pulse {0} para copiar",
    wrap_lines: "Ajustar líneas",
    plain_text: "Texto",
    scrollable: "Código {0}, desplazable",
    plain_scrollable: "Código, desplazable",
    compare: "Comparar el código",
    diff_of_code: "Los bloques de código de ambas respuestas, comparados línea por línea.",
    diff_of_text: "Una respuesta no tiene bloque de código, así que ambas se comparan completas, línea por línea.",
    diff_counts: "{0} cambiadas, {1} solo en {2}, {3} solo en {4}",
    no_differences: "Sin diferencias.",
    removed: "eliminada: ",
    added: "añadida: ",
    comparison: "Comparación de las respuestas",
    line: "Línea",
    show_unchanged: "Mostrar {0} líneas sin cambios",
};

/// French.
pub static FR: Strings = Strings {
    tag: "fr",
    zero_is_one: true,
    pseudo: false,
    no_task: "Aucune tâche n’est encore chargée.",
    notice_storage: "Vos réponses ne peuvent pas être enregistrées dans ce navigateur\u{a0}: recharger la page les \
                     effacerait. Vous pouvez quand même envoyer l’évaluation.",
    notice_set_aside: "Un brouillon enregistré pour une version antérieure de cette tâche a été mis de côté sans être \
                       appliqué\u{a0}: la tâche a changé.",
    prompt: "Énoncé",
    guidelines: "Consignes",
    response: "Réponse",
    questions: "Questions d’évaluation",
    optional: "(facultatif)",
    same: "À peu près équivalentes",
    better: ["meilleure", "un peu meilleure", "bien meilleure"],
    chars: "Caractères\u{a0}: {0}",
    chars_max: "Caractères\u{a0}: {0} / {1}",
    chars_min: "Caractères\u{a0}: {0} (au moins {1})",
    submit: "Envoyer l’évaluation",
    submitted: "Envoyée",
    status_submitted: "Évaluation envoyée à {0} ({1}).",
    status_complete: "Toutes les questions ont une réponse.",
    status_missing: [
        "Il reste {0}\u{a0}réponse à donner\u{a0}: {1}.",
        "Il reste {0}\u{a0}réponses à donner\u{a0}: {1}.",
    ],
    missing_chars: "{0}\u{a0}caractères sur {1}\u{a0}minimum",
    flag_open: "Signaler un problème avec cette tâche",
    flag_question: "Quel est le problème\u{202f}?",
    flag_reasons: [
        "L’énoncé n’est pas clair",
        "Les deux réponses sont identiques",
        "Hors de mon domaine de compétence",
        "Contenu dangereux ou choquant",
        "Quelque chose ne s’affiche pas correctement",
        "Autre chose (précisez)",
    ],
    flag_comment: "Commentaire pour l’auteur de la tâche",
    flag_placeholder: "Que doit savoir l’auteur de la tâche\u{202f}?",
    flag_send: "Envoyer le signalement",
    flag_sent: "Signalement envoyé\u{a0}: {0}. Vous pouvez encore évaluer la tâche ou la laisser.",
    error_title: "Cette tâche ne peut pas être affichée",
    error_intro: "Rien n’a été évalué. La tâche présente les problèmes suivants\u{202f}; merci de les transmettre à \
                  la personne qui l’a fournie\u{a0}:",
    keys_title: "Raccourcis clavier",
    keys: [
        "répondre à la question active et passer à la suivante",
        "question suivante / précédente",
        "envoyer l’évaluation",
        "afficher ou masquer cette liste",
        "se déplacer et choisir comme dans tout formulaire",
    ],
    keys_form: "Tab, flèches, Espace",
    review_status: "Évaluation envoyée, affichée pour relecture\u{a0}: rien ne peut être modifié.",
    hints: [
        "Vous avez mieux noté la réponse {1} sur toutes les échelles, mais préféré la réponse {0}. Est-ce bien ce que \
         vous vouliez\u{202f}?",
        "Réponse {0}\u{a0}: vous l’avez exécutée et elle échoue, mais vous lui avez donné la meilleure note \
         d’exactitude. Est-ce bien ce que vous vouliez\u{202f}?",
        "Vous avez préféré la réponse {0}, la seule que vous avez signalée pour un problème de sécurité. Est-ce bien \
         ce que vous vouliez\u{202f}?",
    ],
    feedback_heading: "Vos réponses comparées aux réponses attendues",
    feedback_summary: "Vous avez donné la réponse attendue à {0} question(s) sur {1}.",
    feedback_yours: "Votre réponse",
    feedback_expected: "Réponse attendue",
    verdicts: [
        "Identique à la réponse attendue",
        "Proche de la réponse attendue",
        "Différente de la réponse attendue",
        "Sans réponse",
    ],
    no_answer: "aucune réponse",
    none_ticked: "aucun",
    tie: "égalité",
    dispute: ["Contester cette réponse", "Contester à nouveau"],
    dispute_label: "Pourquoi la réponse attendue est-elle fausse\u{202f}?",
    dispute_send: "Envoyer la contestation",
    dispute_sent: "Contestation envoyée. Merci\u{a0}: le responsable de la tâche l’examinera.",
    code: &CODE_FR,
    preset: Some(&[
        "Exactitude",
        "La réponse résout-elle correctement le problème, cas limites compris\u{202f}?",
        "Fausse",
        "Plutôt fausse",
        "En partie correcte",
        "Plutôt correcte",
        "Entièrement correcte",
        "Respect des consignes",
        "La réponse fait-elle ce que demande l’énoncé, dans le langage et sous la forme demandés\u{202f}?",
        "Les ignore",
        "En suit peu",
        "En suit une partie",
        "En suit la plupart",
        "Les suit toutes",
        "Avez-vous exécuté le code\u{202f}?",
        "Exécuté, il fonctionne",
        "Exécuté, il échoue",
        "Impossible de l’exécuter",
        "Pas essayé",
        "Aucun code à exécuter",
        "Problèmes",
        "Cochez chaque problème trouvé\u{202f}; ne cochez rien s’il n’y en a aucun.",
        "Bogue",
        "Ignore les consignes",
        "API inventée",
        "Problème de sécurité",
        "Explication peu claire",
        "Trop verbeuse",
        "Problèmes de style",
        "Quelle réponse est la meilleure dans l’ensemble\u{202f}?",
        "Pourquoi\u{202f}?",
        "Justifiez votre préférence pour qu’un autre ingénieur puisse la vérifier.",
        "Ce qui a fait la différence\u{a0}: exactitude, cas oubliés, clarté…",
    ]),
};

/// Spanish.
pub static ES: Strings = Strings {
    tag: "es",
    zero_is_one: false,
    pseudo: false,
    no_task: "Todavía no se ha cargado ninguna tarea.",
    notice_storage: "Tus respuestas no se pueden guardar en este navegador, así que se perderían al recargar la \
                     página. Aun así puedes enviar la evaluación.",
    notice_set_aside: "Se ha apartado sin aplicarlo un borrador guardado para una versión anterior de esta tarea: la \
                       tarea ha cambiado.",
    prompt: "Enunciado",
    guidelines: "Pautas",
    response: "Respuesta",
    questions: "Preguntas de evaluación",
    optional: "(opcional)",
    same: "Más o menos iguales",
    better: ["mejor", "algo mejor", "mucho mejor"],
    chars: "Caracteres: {0}",
    chars_max: "Caracteres: {0} / {1}",
    chars_min: "Caracteres: {0} (mínimo {1})",
    submit: "Enviar evaluación",
    submitted: "Enviada",
    status_submitted: "Evaluación enviada. Hora de envío: {0} ({1}).",
    status_complete: "Todas las preguntas tienen respuesta.",
    status_missing: ["Falta {0} respuesta: {1}.", "Faltan {0} respuestas: {1}."],
    missing_chars: "{0} de al menos {1} caracteres",
    flag_open: "Informar de un problema con esta tarea",
    flag_question: "¿Qué problema tiene la tarea?",
    flag_reasons: [
        "El enunciado no está claro",
        "Las dos respuestas son idénticas",
        "Fuera de mi especialidad",
        "Contenido peligroso u ofensivo",
        "Algo no se muestra correctamente",
        "Otra cosa (explícala)",
    ],
    flag_comment: "Comentario para el responsable de la tarea",
    flag_placeholder: "¿Qué debería saber el responsable de la tarea?",
    flag_send: "Enviar aviso",
    flag_sent: "Aviso enviado: {0}. Aún puedes evaluar la tarea o dejarla.",
    error_title: "Esta tarea no se puede mostrar",
    error_intro: "No se ha evaluado nada. La tarea tiene estos problemas; házselos llegar a quien la haya \
                  proporcionado:",
    keys_title: "Atajos de teclado",
    keys: [
        "responder a la pregunta activa y pasar a la siguiente",
        "pregunta siguiente / anterior",
        "enviar la evaluación",
        "mostrar u ocultar esta lista",
        "moverse y elegir como en cualquier formulario",
    ],
    keys_form: "Tab, flechas, Espacio",
    review_status: "Una evaluación enviada, mostrada para revisión: no se puede cambiar nada.",
    hints: [
        "Calificó mejor la respuesta {1} en todas las escalas, pero prefirió la respuesta {0}. ¿Es lo que quería decir?",
        "Respuesta {0}: la ejecutó y falla, pero le dio la máxima corrección. ¿Es lo que quería decir?",
        "Prefirió la respuesta {0}, la única que marcó con un problema de seguridad. ¿Es lo que quería decir?",
    ],
    feedback_heading: "Sus respuestas comparadas con las esperadas",
    feedback_summary: "Dio la respuesta esperada en {0} de {1}.",
    feedback_yours: "Su respuesta",
    feedback_expected: "Respuesta esperada",
    verdicts: ["Igual a la esperada", "Cercana a la esperada", "Distinta de la esperada", "Sin responder"],
    no_answer: "sin respuesta",
    none_ticked: "ninguno",
    tie: "un empate",
    dispute: ["Impugnar esta respuesta", "Impugnar de nuevo"],
    dispute_label: "¿Por qué es incorrecta la respuesta esperada?",
    dispute_send: "Enviar impugnación",
    dispute_sent: "Impugnación enviada. Gracias: el responsable de la tarea la revisará.",
    code: &CODE_ES,
    preset: Some(&[
        "Corrección",
        "¿Resuelve la respuesta el problema correctamente, incluidos los casos límite?",
        "Incorrecta",
        "Casi toda incorrecta",
        "Parcialmente correcta",
        "Casi toda correcta",
        "Totalmente correcta",
        "Cumplimiento de las instrucciones",
        "¿Hace la respuesta lo que pide el enunciado, en el lenguaje y la forma que pide?",
        "Las ignora",
        "Sigue pocas",
        "Sigue algunas",
        "Sigue la mayoría",
        "Las sigue todas",
        "¿Ejecutaste el código?",
        "Lo ejecuté y funciona",
        "Lo ejecuté y falla",
        "No pude ejecutarlo",
        "No lo intenté",
        "No hay código que ejecutar",
        "Problemas",
        "Marca cada problema que encuentres; si no hay ninguno, deja todo sin marcar.",
        "Error",
        "Ignora las instrucciones",
        "API inventada",
        "Problema de seguridad",
        "Explicación poco clara",
        "Demasiado extensa",
        "Problemas de estilo",
        "¿Qué respuesta es mejor en general?",
        "¿Por qué?",
        "Explica tu preferencia para que otro ingeniero pueda comprobarla.",
        "Qué fue decisivo: corrección, casos olvidados, claridad…",
    ]),
};

/// Languages written right to left. Their locales lay the widget out right
/// to left; the words stay English until they have a table.
const RTL_LANGUAGES: [&str; 8] = ["ar", "he", "iw", "fa", "ur", "ps", "yi", "dv"];

/// The language the widget speaks for a host's `locale`.
#[derive(Clone, Copy, Debug)]
pub struct Locale {
    /// The words.
    pub strings: &'static Strings,
    /// Laid out right to left.
    pub rtl: bool,
}

impl Locale {
    /// The table for `tag`: `en-XB` is the pseudo-locale, else the table of
    /// the tag's language (`fr-CA` → French), else English. Right to left
    /// when the language is written so.
    pub fn resolve(tag: &str) -> Locale {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case("en-XB") {
            return Locale { strings: &EN_XB, rtl: true };
        }
        let language = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        let strings = match language.as_str() {
            "fr" => &FR,
            "es" => &ES,
            _ => &EN,
        };
        Locale { strings, rtl: RTL_LANGUAGES.contains(&language.as_str()) }
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// `parts` with `separator` between them: `[String]::join` in a loop, since
/// the standard one is a second copy of its code next to the one for
/// `[&str]`.
pub fn join(parts: &[String], separator: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(part);
    }
    out
}

/// `template` with `{0}`, `{1}`… replaced by `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let arg = rest.as_bytes().get(start + 2).filter(|&&b| b == b'}').and(rest.as_bytes().get(start + 1));
        match arg.and_then(|b| args.get(usize::from(b.wrapping_sub(b'0')))) {
            Some(value) => {
                out.push_str(value);
                rest = &rest[start + 3..];
            }
            None => {
                out.push('{');
                rest = &rest[start + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

impl Strings {
    /// `n` as the rater reads numbers (`5 000` in French).
    pub fn number(&self, n: usize) -> String {
        #[cfg(target_arch = "wasm32")]
        {
            js_sys::Number::from(n as f64).to_locale_string(self.tag).into()
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            n.to_string()
        }
    }

    /// The time of day of an ISO 8601 instant, short, as the rater reads times.
    pub fn time(&self, iso: &str) -> String {
        #[cfg(target_arch = "wasm32")]
        {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
            js_sys::Date::new(&iso.into()).to_locale_time_string_with_options(self.tag, &options).into()
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            iso.get(11..16).unwrap_or(iso).to_string()
        }
    }

    /// The singular or plural of a pair, for `n`.
    pub fn plural(&self, forms: [&'static str; 2], n: usize) -> &'static str {
        if n == 1 || (n == 0 && self.zero_is_one) {
            forms[0]
        } else {
            forms[1]
        }
    }

    /// The rubric as shown: when it is `code-review-v1`, our own, its texts
    /// in this language; any other rubric as its author wrote it. Ids and
    /// values never change.
    pub fn localize(&self, rubric: &Rubric) -> Rubric {
        let mut shown = rubric.clone();
        if (self.preset.is_none() && !self.pseudo) || *rubric != crate::model::preset::code_review_v1() {
            return shown;
        }
        let mut index = 0;
        let mut put = |text: &mut String| {
            *text = match self.preset.and_then(|texts| texts.get(index)) {
                Some(translated) => translated.to_string(),
                None => format!("\u{202E}{text}\u{202C}"),
            };
            index += 1;
        };
        for question in &mut shown.questions {
            put(&mut question.title);
            question.help.iter_mut().for_each(&mut put);
            match &mut question.kind {
                Kind::Scale { labels, .. } => labels.iter_mut().for_each(|(_, label)| put(label)),
                Kind::Choice { options } | Kind::Multi { options } => {
                    options.iter_mut().for_each(|option| put(&mut option.label))
                }
                Kind::Text { placeholder, .. } => placeholder.iter_mut().for_each(&mut put),
                Kind::Preference { .. } => {}
            }
        }
        shown
    }

    /// Every text of the table, for tests that check all tables alike.
    pub fn texts(&self) -> Vec<&'static str> {
        let Strings {
            tag: _,
            zero_is_one: _,
            pseudo: _,
            no_task,
            notice_storage,
            notice_set_aside,
            prompt,
            guidelines,
            response,
            questions,
            optional,
            same,
            better,
            chars,
            chars_max,
            chars_min,
            submit,
            submitted,
            status_submitted,
            status_complete,
            status_missing,
            missing_chars,
            flag_open,
            flag_question,
            flag_reasons,
            flag_comment,
            flag_placeholder,
            flag_send,
            flag_sent,
            error_title,
            error_intro,
            keys_title,
            keys,
            keys_form,
            review_status,
            hints,
            feedback_heading,
            feedback_summary,
            feedback_yours,
            feedback_expected,
            verdicts,
            no_answer,
            none_ticked,
            tie,
            dispute,
            dispute_label,
            dispute_send,
            dispute_sent,
            code,
            preset,
        } = self;
        let CodeWords {
            copy,
            copied,
            press_to_copy,
            wrap_lines,
            plain_text,
            scrollable,
            plain_scrollable,
            compare,
            diff_of_code,
            diff_of_text,
            diff_counts,
            no_differences,
            removed,
            added,
            comparison,
            line,
            show_unchanged,
        } = code;
        let mut all = vec![
            *no_task,
            notice_storage,
            notice_set_aside,
            prompt,
            guidelines,
            response,
            questions,
            optional,
            same,
            chars,
            chars_max,
            chars_min,
            submit,
            submitted,
            status_submitted,
            status_complete,
            missing_chars,
            flag_open,
            flag_question,
            flag_comment,
            flag_placeholder,
            flag_send,
            flag_sent,
            error_title,
            error_intro,
            keys_title,
            keys_form,
            review_status,
            feedback_heading,
            feedback_summary,
            feedback_yours,
            feedback_expected,
            no_answer,
            none_ticked,
            tie,
            dispute_label,
            dispute_send,
            dispute_sent,
        ];
        all.extend(better.iter().chain(status_missing).chain(flag_reasons).chain(keys));
        all.extend(hints.iter().chain(verdicts).chain(dispute));
        all.extend([
            *copy,
            copied,
            press_to_copy,
            wrap_lines,
            plain_text,
            scrollable,
            plain_scrollable,
            compare,
            diff_of_code,
            diff_of_text,
            diff_counts,
            no_differences,
            removed,
            added,
            comparison,
            line,
            show_unchanged,
        ]);
        all.extend(preset.iter().flat_map(|texts| texts.iter()));
        all
    }
}
