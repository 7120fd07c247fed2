package com.buildappswith.booking.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Faces messages in one place, so view beans only say what happened and where. */
public final class Messages {

    private Messages() {
    }

    /** A message shown beside one field ({@code clientId} such as {@code "registration:email"}). */
    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** A message shown on the page the action renders. */
    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * A message shown on the page an action redirects to, carried there by the flash. Only for actions that do
     * redirect: a flash kept on a page that renders itself is written once the response is committed, and Mojarra
     * then logs JSF1095 for every such request.
     */
    public static void infoAfterRedirect(String text) {
        info(text);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
