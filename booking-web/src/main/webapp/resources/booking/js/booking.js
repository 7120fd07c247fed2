// Fills timezone fields marked data-detect-timezone with the browser's zone, unless the person already chose one.
// Fields also marked data-submit-on-detect tell the page, so it can show times in that zone at once.
document.addEventListener("DOMContentLoaded", function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.querySelectorAll("select[data-detect-timezone]").forEach(function (select) {
        if (!zone || select.dataset.chosen === "true" || select.value === zone) {
            return;
        }
        for (var i = 0; i < select.options.length; i++) {
            if (select.options[i].value === zone) {
                select.value = zone;
                if (select.dataset.submitOnDetect === "true") {
                    select.dispatchEvent(new Event("change"));
                }
                return;
            }
        }
    });
});
