package org.extramile.web.shared;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Before the expired-view error page is shown (PrimeFaces' handler redirects to it, which drops the
 * submitted form), keeps what the person typed in the session for {@link TypedText} to hand back.
 */
public class KeepTypedTextExceptionHandlerFactory extends ExceptionHandlerFactory {

    public KeepTypedTextExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new KeepTypedText(getWrapped().getExceptionHandler());
    }

    private static final class KeepTypedText extends ExceptionHandlerWrapper {

        KeepTypedText(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                if (Failures.find(event.getContext().getException(), ViewExpiredException.class)
                        .isPresent()) {
                    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                    List<String> typed = TypedText.from(external.getRequestParameterMap());
                    if (!typed.isEmpty()) {
                        external.getSessionMap().put(TypedText.KEPT, new ArrayList<>(typed));
                    }
                }
            }
            getWrapped().handle();
        }
    }
}
