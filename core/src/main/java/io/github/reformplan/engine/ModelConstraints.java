package io.github.reformplan.engine;

import io.github.reformplan.model.JsonPointer;
import io.github.reformplan.model.Plan;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the Bean Validation constraints of a plan built in memory. Hibernate Validator costs
 * 100+ ms to bootstrap, so it is started on first use only: reading files never needs it, since
 * the JSON Schema checks the same constraints there.
 */
final class ModelConstraints {

    record Violation(JsonPointer pointer, String message) {
    }

    private ModelConstraints() {
    }

    private static final class Holder {
        // No expression language on the class path: parameter interpolation is all our messages need.
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory()
                .getValidator();
    }

    static List<Violation> check(Plan plan) {
        return Holder.VALIDATOR.validate(plan).stream()
                .map(v -> new Violation(pointer(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::pointer))
                .toList();
    }

    /** Record component names are the file's property names, so the property path maps onto a pointer. */
    private static JsonPointer pointer(ConstraintViolation<Plan> v) {
        JsonPointer p = JsonPointer.ROOT;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                p = p.append(node.getIndex());
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                p = p.append(name);
            }
        }
        return p;
    }
}
