// Demo only: prints the current TOTP code of the seeded demo KISA accounts (db/demo-data.ts).
import { decodeBase32 } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import { DEMO_TOTP_SECRET } from '../db/demo-data';

console.log(generateTOTP(decodeBase32(DEMO_TOTP_SECRET), 30, 6));
