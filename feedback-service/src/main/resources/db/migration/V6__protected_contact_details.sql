-- The directory keeps a customer's name and e-mail address as customer-service's events carry them: protected
-- with the customer's data key (pd1:..., longer than the plain value), decrypted on use (docs/erasure.md).
alter table directory_customer alter column display_name type text, alter column email type text;
