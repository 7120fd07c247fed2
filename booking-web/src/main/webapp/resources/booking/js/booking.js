// Fills timezone fields marked data-detect-timezone with the browser's zone, unless the person already chose one.
document.addEventListener("DOMContentLoaded", function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.querySelectorAll("select[data-detect-timezone]").forEach(function (select) {
        if (zone && select.dataset.chosen !== "true") {
            for (var i = 0; i < select.options.length; i++) {
                if (select.options[i].value === zone) {
                    select.value = zone;
                    break;
                }
            }
        }
    });
});
