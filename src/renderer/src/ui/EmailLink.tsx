import { mailtoHref } from '../../../shared/domain/email';

/**
 * An email address as a `mailto:` link, built only from a plain address. A prospect saved before
 * the email rule was strict may hold something like `x@b.co?bcc=someone@else.example`; that is
 * shown as text, so one click can never add recipients or a body in the rep's mail app.
 */
export function EmailLink({ email }: { email: string }) {
  const href = mailtoHref(email);
  return href ? (
    <a href={href}>{email}</a>
  ) : (
    <span title="Not a plain email address, so it is not a link">{email}</span>
  );
}
