package com.buildappswith.booking.shared;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * The name a timezone is shown and stored under: its current IANA name. Browsers (through ICU and CLDR) and older
 * systems still report some zones by names that the tz database has since renamed and keeps only as links in its
 * {@code backward} file: a person in Kolkata is told {@code Asia/Calcutta}, one in Kyiv {@code Europe/Kiev}. The
 * renamed links name the same place with the same rules, so the current name replaces them wherever a zone comes
 * in. Links that merge one place into another (Europe/Oslo into Europe/Berlin) are left alone: people there expect
 * their own city, and ZoneId's {@code SHORT_IDS} ("IST", "EST") are abbreviations, not zones.
 */
public final class ZoneNames {

    /** The tz database's {@code backward} renames, the old name first. */
    static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("Africa/Asmera", "Africa/Asmara"),
            Map.entry("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
            Map.entry("America/Catamarca", "America/Argentina/Catamarca"),
            Map.entry("America/Argentina/ComodRivadavia", "America/Argentina/Catamarca"),
            Map.entry("America/Cordoba", "America/Argentina/Cordoba"),
            Map.entry("America/Rosario", "America/Argentina/Cordoba"),
            Map.entry("America/Jujuy", "America/Argentina/Jujuy"),
            Map.entry("America/Mendoza", "America/Argentina/Mendoza"),
            Map.entry("America/Fort_Wayne", "America/Indiana/Indianapolis"),
            Map.entry("America/Indianapolis", "America/Indiana/Indianapolis"),
            Map.entry("America/Knox_IN", "America/Indiana/Knox"),
            Map.entry("America/Louisville", "America/Kentucky/Louisville"),
            Map.entry("America/Godthab", "America/Nuuk"),
            Map.entry("America/Porto_Acre", "America/Rio_Branco"),
            Map.entry("America/Atka", "America/Adak"),
            Map.entry("America/Ensenada", "America/Tijuana"),
            Map.entry("America/Santa_Isabel", "America/Tijuana"),
            Map.entry("Asia/Ashkhabad", "Asia/Ashgabat"),
            Map.entry("Asia/Calcutta", "Asia/Kolkata"),
            Map.entry("Asia/Chungking", "Asia/Chongqing"),
            Map.entry("Asia/Dacca", "Asia/Dhaka"),
            Map.entry("Asia/Istanbul", "Europe/Istanbul"),
            Map.entry("Asia/Katmandu", "Asia/Kathmandu"),
            Map.entry("Asia/Macao", "Asia/Macau"),
            Map.entry("Asia/Rangoon", "Asia/Yangon"),
            Map.entry("Asia/Saigon", "Asia/Ho_Chi_Minh"),
            Map.entry("Asia/Tel_Aviv", "Asia/Jerusalem"),
            Map.entry("Asia/Thimbu", "Asia/Thimphu"),
            Map.entry("Asia/Ujung_Pandang", "Asia/Makassar"),
            Map.entry("Asia/Ulan_Bator", "Asia/Ulaanbaatar"),
            Map.entry("Atlantic/Faeroe", "Atlantic/Faroe"),
            Map.entry("Australia/ACT", "Australia/Sydney"),
            Map.entry("Australia/Canberra", "Australia/Sydney"),
            Map.entry("Australia/NSW", "Australia/Sydney"),
            Map.entry("Australia/LHI", "Australia/Lord_Howe"),
            Map.entry("Australia/North", "Australia/Darwin"),
            Map.entry("Australia/Queensland", "Australia/Brisbane"),
            Map.entry("Australia/South", "Australia/Adelaide"),
            Map.entry("Australia/Tasmania", "Australia/Hobart"),
            Map.entry("Australia/Victoria", "Australia/Melbourne"),
            Map.entry("Australia/West", "Australia/Perth"),
            Map.entry("Australia/Yancowinna", "Australia/Broken_Hill"),
            Map.entry("Brazil/Acre", "America/Rio_Branco"),
            Map.entry("Brazil/DeNoronha", "America/Noronha"),
            Map.entry("Brazil/East", "America/Sao_Paulo"),
            Map.entry("Brazil/West", "America/Manaus"),
            Map.entry("Canada/Atlantic", "America/Halifax"),
            Map.entry("Canada/Central", "America/Winnipeg"),
            Map.entry("Canada/Eastern", "America/Toronto"),
            Map.entry("Canada/Mountain", "America/Edmonton"),
            Map.entry("Canada/Newfoundland", "America/St_Johns"),
            Map.entry("Canada/Pacific", "America/Vancouver"),
            Map.entry("Canada/Saskatchewan", "America/Regina"),
            Map.entry("Canada/Yukon", "America/Whitehorse"),
            Map.entry("Chile/Continental", "America/Santiago"),
            Map.entry("Chile/EasterIsland", "Pacific/Easter"),
            Map.entry("Europe/Belfast", "Europe/London"),
            Map.entry("Europe/Kiev", "Europe/Kyiv"),
            Map.entry("Europe/Tiraspol", "Europe/Chisinau"),
            Map.entry("Mexico/BajaNorte", "America/Tijuana"),
            Map.entry("Mexico/BajaSur", "America/Mazatlan"),
            Map.entry("Mexico/General", "America/Mexico_City"),
            Map.entry("Pacific/Enderbury", "Pacific/Kanton"),
            Map.entry("Pacific/Ponape", "Pacific/Pohnpei"),
            Map.entry("Pacific/Samoa", "Pacific/Pago_Pago"),
            Map.entry("Pacific/Truk", "Pacific/Chuuk"),
            Map.entry("Pacific/Yap", "Pacific/Chuuk"),
            Map.entry("US/Alaska", "America/Anchorage"),
            Map.entry("US/Aleutian", "America/Adak"),
            Map.entry("US/Arizona", "America/Phoenix"),
            Map.entry("US/Central", "America/Chicago"),
            Map.entry("US/East-Indiana", "America/Indiana/Indianapolis"),
            Map.entry("US/Eastern", "America/New_York"),
            Map.entry("US/Hawaii", "Pacific/Honolulu"),
            Map.entry("US/Indiana-Starke", "America/Indiana/Knox"),
            Map.entry("US/Michigan", "America/Detroit"),
            Map.entry("US/Mountain", "America/Denver"),
            Map.entry("US/Pacific", "America/Los_Angeles"),
            Map.entry("US/Samoa", "Pacific/Pago_Pago"));

    private ZoneNames() {
    }

    /** The zone under its current name: itself, unless it is one of the renamed names. */
    public static ZoneId canonical(ZoneId zone) {
        Objects.requireNonNull(zone, "A zone is required.");
        String current = RENAMED.get(zone.getId());
        return current == null ? zone : ZoneId.of(current);
    }

    /** Whether the id is an old name that {@link #canonical} replaces. */
    public static boolean isRenamed(String id) {
        return RENAMED.containsKey(id);
    }

    /** The old names and the current name of each, for the browser to pick the current one in a zone list. */
    public static Map<String, String> renamed() {
        return RENAMED;
    }
}
