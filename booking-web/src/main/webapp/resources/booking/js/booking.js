// Fills timezone fields marked data-detect-timezone with the browser's zone, unless the person already chose one.
// Browsers still report some zones by names the tz database has renamed (Asia/Calcutta): the page lists the
// current names only, and the meta tag "zone-renames" maps the old ones to them.
// Fields also marked data-submit-on-detect tell the page, so it can show times in that zone at once.
document.addEventListener("DOMContentLoaded", function () {
    var renames = document.querySelector("meta[name='zone-renames']");
    var reported = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var zone = renames && reported ? (JSON.parse(renames.content)[reported] || reported) : reported;
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
