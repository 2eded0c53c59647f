//! What the rater sees when the task cannot be rated.

use leptos::prelude::*;

use crate::i18n::Strings;
use crate::model::TaskError;

/// Lists every problem found in the task, with its JSON path.
#[component]
pub fn ErrorView(
    /// The problems, as validation reported them.
    problems: Vec<TaskError>,
    /// The words of the UI. The problems themselves are for the task's
    /// author and stay in English.
    strings: &'static Strings,
) -> impl IntoView {
    let items = problems
        .into_iter()
        .map(|p| {
            view! {
                <li class="pw-error__item" data-code=p.code>
                    <code class="pw-error__path">{p.path}</code>
                    " "
                    <span lang="en">{p.message}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="pw-error" role="alert" data-testid="pw-error">
            <h2 class="pw-error__title">{strings.error_title}</h2>
            <p>{strings.error_intro}</p>
            <ul class="pw-error__list">{items}</ul>
        </div>
    }
}
