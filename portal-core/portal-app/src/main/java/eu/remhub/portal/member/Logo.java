package eu.remhub.portal.member;

/**
 * An organisation's logo as stored: a PNG or JPEG checked on upload.
 *
 * @param contentType image/png or image/jpeg
 * @param content the image
 */
public record Logo(String contentType, byte[] content) {}
