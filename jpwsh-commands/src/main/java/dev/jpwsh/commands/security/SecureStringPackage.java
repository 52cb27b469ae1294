package dev.jpwsh.commands.security;

import dev.jpwsh.dotnet.security.SecureString;
import dev.jpwsh.dotnet.security.SecureStrings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * pwsh's exported secure string with a key: AES (CBC, PKCS#7 padding) over the text's UTF-16LE bytes, packed as
 * {@code 76492d1116743f0423413b16050a5345} followed by the Base64 of the UTF-16LE text {@code 2|<IV in Base64>|<hex
 * of the encrypted bytes>}; the key is 16, 24 or 32 bytes. Readable by pwsh on any platform and back.
 */
final class SecureStringPackage {
    static final String HEADER = "76492d1116743f0423413b16050a5345";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Thrown for a key or text that cannot be used (ArgumentException in .NET). */
    static final class InvalidInput extends Exception {
        InvalidInput(String message) {
            super(message);
        }
    }

    /** Thrown when decryption fails (CryptographicException in .NET). */
    static final class DecryptionFailure extends Exception {
        DecryptionFailure(String message) {
            super(message);
        }
    }

    private SecureStringPackage() {
    }

    static String encrypt(SecureString secret, byte[] key) throws InvalidInput {
        checkKey(key);
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            byte[] encrypted = aes.doFinal(SecureStrings.plainText(secret).getBytes(StandardCharsets.UTF_16LE));
            String data = "2|" + Base64.getEncoder().encodeToString(iv) + "|" + HexFormat.of().formatHex(encrypted);
            return HEADER + Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_16LE));
        } catch (GeneralSecurityException e) {
            throw new InvalidInput(e.getMessage());
        }
    }

    static SecureString decrypt(String text, byte[] key) throws InvalidInput, DecryptionFailure {
        String content = text;
        byte[] iv = null;
        if (text.regionMatches(true, 0, HEADER, 0, HEADER.length())) {
            try {
                String data = new String(Base64.getDecoder().decode(text.substring(HEADER.length())),
                        StandardCharsets.UTF_16LE);
                String[] parts = data.split("\\|", -1);
                if (parts.length == 3) {
                    content = parts[2];
                    iv = Base64.getDecoder().decode(parts[1]);
                }
            } catch (IllegalArgumentException e) {
                content = text;
                iv = null;
            }
        }
        checkKey(key);
        byte[] encrypted = hex(content);
        if (iv == null) {
            iv = new byte[16];
            RANDOM.nextBytes(iv);
        }
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            byte[] plain = aes.doFinal(encrypted);
            if (plain.length % 2 != 0) {
                throw new InvalidInput("Could not decrypt data. The data was not encrypted with this key.");
            }
            return SecureStrings.of(new String(plain, StandardCharsets.UTF_16LE));
        } catch (javax.crypto.BadPaddingException e) {
            throw new DecryptionFailure("Padding is invalid and cannot be removed.");
        } catch (javax.crypto.IllegalBlockSizeException e) {
            throw new DecryptionFailure("The input data is not a complete block.");
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailure(e.getMessage());
        }
    }

    /** The bytes a secure key stands for: its text's UTF-16LE bytes, as pwsh takes them. */
    static byte[] keyBytes(SecureString key) {
        return SecureStrings.plainText(key).getBytes(StandardCharsets.UTF_16LE);
    }

    private static void checkKey(byte[] key) throws InvalidInput {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new InvalidInput("The specified key is not valid. Valid key length settings are either 128 bits,"
                    + " 192 bits, or 256 bits.");
        }
    }

    /** The bytes of hex text; an odd last digit is ignored, as pwsh's ByteArrayFromString does. */
    private static byte[] hex(String text) throws InvalidInput {
        try {
            return HexFormat.of().parseHex(text.length() % 2 == 0 ? text : text.substring(0, text.length() - 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("The input string '" + text + "' was not in a correct format.");
        }
    }

    static SecureString unprotect(String text) throws InvalidInput {
        try {
            return SecureStrings.fromLocalForm(text);
        } catch (NumberFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage());
        }
    }
}
