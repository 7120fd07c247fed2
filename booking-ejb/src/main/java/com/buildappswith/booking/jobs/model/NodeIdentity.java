package com.buildappswith.booking.jobs.model;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The name this server process goes by in {@code job_lease} and {@code job_run}: its host, its process id and a
 * random part, so two servers on one host, and a server restarted with the same process id (in a container, pid 1
 * every time), are never taken for each other, and a killed node's lease is never renewed by its successor.
 */
public final class NodeIdentity {

    private static final String THIS_PROCESS = host() + ":" + ProcessHandle.current().pid() + ":" + randomPart();

    private NodeIdentity() {
    }

    public static String thisProcess() {
        return THIS_PROCESS;
    }

    private static String randomPart() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String host() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 120 ? name.substring(0, 120) : name;
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
