package com.buildappswith.booking.web.security;

import com.buildappswith.booking.shared.Setting;
import com.buildappswith.booking.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, as the sign-in throttle counts it. Behind a reverse proxy every request comes from
 * the proxy, so the address it reports in {@code X-Forwarded-For} counts instead, but only when the connection comes
 * from a proxy the operator named in {@code BOOKING_TRUSTED_PROXIES}: anyone else could write that header to get a
 * fresh address with every guess.
 */
@ApplicationScoped
public class ClientAddresses {

    private final Set<String> trustedProxies;

    public ClientAddresses() {
        this(Settings.fromSystem().get(Setting.TRUSTED_PROXIES).orElse(""));
    }

    ClientAddresses(String trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The address to throttle the request's sign-in attempts by. */
    public String of(HttpServletRequest request) {
        List<String> forwarded = request.getHeaders("X-Forwarded-For") == null ? List.of()
                : Collections.list(request.getHeaders("X-Forwarded-For"));
        return nearestUntrusted(request.getRemoteAddr(), forwarded);
    }

    /**
     * The nearest address in the chain that is not a trusted proxy: the connection's own, unless it is a trusted
     * proxy; then the forwarded ones from the right, since each trusted proxy appends the address it was reached from.
     */
    String nearestUntrusted(String remoteAddress, List<String> forwardedForHeaders) {
        if (!trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        List<String> chain = forwardedForHeaders.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList();
        String address = remoteAddress;
        for (int i = chain.size() - 1; i >= 0; i--) {
            address = chain.get(i);
            if (!trustedProxies.contains(address)) {
                return address;
            }
        }
        return address;
    }
}
