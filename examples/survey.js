const form = document.getElementById("survey");
document.getElementById("rater").addEventListener("pairwise-submit", (event) => {
  document.getElementById("rating").value = JSON.stringify(event.detail);
  form.requestSubmit();
});
