package com.buildappswith.booking.shared;

/** A configuration value that cannot be used; the message names the environment variable to fix. */
public class InvalidSettingException extends RuntimeException {

    public InvalidSettingException(Setting setting, String problem) {
        super(setting.environmentVariable() + " " + problem);
    }
}
