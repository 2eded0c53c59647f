// The HIT page: reads assignmentId and turkSubmitTo from its URL, shows
// a read-only preview until the HIT is accepted, then posts the rating
// to <turkSubmitTo>/mturk/externalSubmit with the assignment id.
const params = new URLSearchParams(location.search);
const assignmentId = params.get("assignmentId");
const rater = document.getElementById("rater");
const preview = !assignmentId || assignmentId === "ASSIGNMENT_ID_NOT_AVAILABLE";
if (preview) {
  document.getElementById("preview").hidden = false;
  rater.inert = true;            // visible, but nothing can be answered or submitted
  rater.setAttribute("persist", "false");
} else {
  const form = document.getElementById("hit");
  const submitTo = params.get("turkSubmitTo") ?? "https://www.mturk.com";
  form.action = `${submitTo.replace(/\/$/, "")}/mturk/externalSubmit`;
  document.getElementById("assignmentId").value = assignmentId;
  rater.addEventListener("pairwise-submit", (event) => {
    document.getElementById("rating").value = JSON.stringify(event.detail);
    form.submit();
  });
}
