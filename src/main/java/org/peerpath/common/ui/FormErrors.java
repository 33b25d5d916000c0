package org.peerpath.common.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.Map;

/**
 * Shows a service's refusal next to the fields it names, leaving every value the user typed in place.
 * Anything not tied to a field becomes a notification that stays until dismissed or replaced.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields;

    private FormErrors(Map<String, HasValidation> fields) {
        this.fields = fields;
    }

    public static FormErrors of(Map<String, HasValidation> fields) {
        return new FormErrors(fields);
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /**
     * Runs {@code action}; on a business-rule failure marks the fields and returns false.
     */
    public boolean attempt(Runnable action) {
        clear();
        try {
            action.run();
            return true;
        } catch (ValidationException e) {
            boolean shown = false;
            for (var error : e.fieldErrors().entrySet()) {
                HasValidation field = fields.get(error.getKey());
                if (field != null) {
                    field.setErrorMessage(error.getValue());
                    field.setInvalid(true);
                    shown = true;
                }
            }
            if (!shown) {
                Notifications.error(e.getMessage());
            }
            return false;
        } catch (ConcurrentChangeException | NotFoundException e) {
            Notifications.error(e.getMessage());
            return false;
        } catch (OptimisticLockingFailureException e) {
            Notifications.error("Someone else changed this record at the same moment. Reload to see the current details, then try again.");
            return false;
        }
    }
}
