package com.buildappswith.booking.profile.infrastructure;

import com.buildappswith.booking.profile.application.AccountService;
import com.buildappswith.booking.profile.application.PasswordHashing;
import com.buildappswith.booking.profile.application.SignInCandidate;
import com.buildappswith.booking.profile.model.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;
import java.util.stream.Collectors;

/** Checks an email and password against the accounts; the caller's groups are the account's roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Hashing something even for unknown emails keeps their answer as slow as a wrong password's. */
    private static final String DECOY_PASSWORD = "decoy-password-never-matches";

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHashing passwords;

    private volatile String decoyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<SignInCandidate> candidate = accounts.signInCandidate(login.getCaller());
        if (candidate.isEmpty()) {
            passwords.verify(login.getPasswordAsString(), decoyHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        SignInCandidate account = candidate.get();
        if (!passwords.verify(login.getPasswordAsString(), account.passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.principalName(),
                account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwords.hash(DECOY_PASSWORD);
        }
        return decoyHash;
    }
}
