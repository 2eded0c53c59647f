//! What the rater sees when the task cannot be rated.

use leptos::prelude::*;

use crate::model::TaskError;

/// Lists every problem found in the task, with its JSON path.
#[component]
pub fn ErrorView(
    /// The problems, as validation reported them.
    problems: Vec<TaskError>,
) -> impl IntoView {
    let items = problems
        .into_iter()
        .map(|p| {
            view! {
                <li class="pw-error__item" data-code=p.code>
                    <code class="pw-error__path">{p.path}</code>
                    " "
                    {p.message}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="pw-error" role="alert" data-testid="pw-error">
            <h2 class="pw-error__title">{"This task cannot be shown"}</h2>
            <p>{"Nothing was rated. The task has these problems; please pass them to whoever provided it:"}</p>
            <ul class="pw-error__list">{items}</ul>
        </div>
    }
}
