package ru.perechen.feedback.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key a survey form carries from the page that showed it to its submission: a fresh id, signed for the
 * link it was shown for. The id makes the submission idempotent (a double click stores one response); the
 * signature means a response comes only through a form this node handed out for that touchpoint. The
 * secret is {@code perechen.feedback.form-secret} (the same on every node), else one per process.
 */
@Component
class FormToken {

    private final byte[] secret;

    FormToken(@Value("${perechen.feedback.form-secret:}") String configured) {
        if (configured.isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = configured.getBytes(StandardCharsets.UTF_8);
        }
    }

    String issue(String linkToken) {
        UUID id = UUID.randomUUID();
        return id + "." + sign(id, linkToken);
    }

    /** The submission key, when the form's key is one this node signed for this link. */
    Optional<UUID> verify(String formKey, String linkToken) {
        if (formKey == null || formKey.length() > 100 || formKey.indexOf('.') < 0) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(formKey.substring(0, formKey.indexOf('.')));
            byte[] given = formKey.substring(formKey.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(given, sign(id, linkToken).getBytes(StandardCharsets.US_ASCII)) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException broken) {
            return Optional.empty();
        }
    }

    private String sign(UUID id, String linkToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "/" + linkToken).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature).substring(0, 22);
        } catch (java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
