package fr.gouv.ptce.launcher;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The launcher's environment knobs, checked before anything runs: PTCE_PORT_OFFSET (shift every
 * port) and PTCE_SERVICES (start only some services). A bad value is a one-line message naming the
 * variable and what it accepts, never a stack trace.
 */
public record LauncherSettings(Ports ports, int portOffset, Set<Service> services) {

    static final String OFFSET = "PTCE_PORT_OFFSET";
    static final String SERVICES = "PTCE_SERVICES";

    public LauncherSettings {
        services = Set.copyOf(services);
    }

    public static LauncherSettings from(Map<String, String> env) {
        int offset = offset(env.get(OFFSET));
        return new LauncherSettings(Ports.defaults().offsetBy(offset), offset, services(env.get(SERVICES)));
    }

    /** 0 when unset; else a whole number that keeps every port of the platform within 1–65535. */
    static int offset(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        int max = Ports.maxOffset();
        String text = value.trim();
        long offset;
        try {
            offset = text.matches("[+-]?[0-9]{1,10}") ? Long.parseLong(text) : Long.MIN_VALUE;
        } catch (NumberFormatException e) {
            offset = Long.MIN_VALUE;
        }
        if (offset < 0 || offset > max) {
            throw new LauncherException(LauncherException.Kind.BAD_SETTING, OFFSET + " must be a whole number from 0 to "
                    + max + " (the highest port, " + Ports.defaults().highest() + ", plus the offset must stay within 65535); got '"
                    + value + "'.");
        }
        return (int) offset;
    }

    /** All four when unset; else the comma-separated names, with or without "-service". */
    static Set<Service> services(String value) {
        Set<Service> services = EnumSet.allOf(Service.class);
        if (value == null || value.isBlank()) {
            return services;
        }
        services.clear();
        for (String name : value.split(",")) {
            String shortName = name.trim().toLowerCase(Locale.ROOT).replaceFirst("-service$", "");
            if (shortName.isEmpty()) {
                continue;
            }
            Service service = Service.byShortName(shortName).orElseThrow(() -> new LauncherException(
                    LauncherException.Kind.BAD_SETTING, SERVICES + " names an unknown service '" + name.trim()
                    + "': use some of " + String.join(",", Service.shortNames()) + ", comma-separated; got '" + value + "'."));
            services.add(service);
        }
        if (services.isEmpty()) {
            throw new LauncherException(LauncherException.Kind.BAD_SETTING, SERVICES + " names no service: use some of "
                    + String.join(",", Service.shortNames()) + ", comma-separated; got '" + value + "'.");
        }
        return services;
    }
}
