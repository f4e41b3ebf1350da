// Passwords of 12+ characters from public leak top lists (HPI/German and English lists), plus the
// patterns such lists are full of: a common word with a year or digit run, keyboard walks, repeats.
// Everything is compared in lower case (quality.md S1: a top-common-passwords check, no other rules).

// prettier-ignore
const LEAKED = [
	// digit runs and number pads
	'123456789012', '1234567890123', '12345678901234', '123456789012345', '1234567891011',
	'123456789123', '123456789abc', '111111111111', '000000000000', '123123123123', '112233445566',
	'11223344556677', '121212121212', '123321123321', '147258369147', '159753159753', '147852369258',
	'789456123789', '963852741963', '098765432109', '987654321098', '0987654321ab', 'aa1234567890',
	'123456abcdef', '123456qwerty', '1234567qwerty', '1234512345123', '0123456789012', '741852963741',
	// keyboard walks (QWERTY and the German QWERTZ layout)
	'qwertyuiop12', 'qwertyuiop123', 'qwertyuiop1234', 'qwertyuiopasdf', 'qwertyuiopasdfgh',
	'qwertyuiopasdfghjkl', 'qwertyqwerty', 'qwerty123456', 'qwerty1234567', 'qwerty12345678',
	'qwertzuiop12', 'qwertzuiop123', 'qwertzuiop1234', 'qwertzuiopü1', 'qwertzuiopü+', 'qwertzuiopü+#',
	'qwertzqwertz', 'qwertz123456', 'qwertz1234567', 'asdfghjklöä#', 'asdfghjkl123', 'asdfghjkl1234',
	'asdfasdfasdf', 'asdf1234asdf', 'yxcvbnm12345', 'yxcvbnm123456', 'zxcvbnm12345', 'zxcvbnm123456',
	'1q2w3e4r5t6y', '1q2w3e4r5t6z', '1q2w3e4r5t6y7u', '1q2w3e4r5t6z7u', 'q1w2e3r4t5y6', 'q1w2e3r4t5z6',
	'1qaz2wsx3edc', '1qaz2wsx3edc4rfv', '1qay2wsx3edc', '1qay2wsx3edc4rfv', 'qazwsxedcrfv',
	'qaywsxedcrfv', 'qazwsxedcrfvtgb', 'zaq1xsw2cde3', 'zaq12wsxcde3', 'zaq1zaq1zaq1', '1234qwerasdf',
	'1234qwerasdfzxcv', 'qwerasdfzxcv', '123qweasdzxc', 'qweasdzxc123', 'qweasdzxcvbn', 'qwe123qwe123',
	'asdfghjklzxc', 'mnbvcxzlkjhg', 'poiuytrewq12', 'poiuztrewq12', 'lkjhgfdsa123', 'abcdefghijkl',
	'abcdefghijklm', 'abcdefg12345', 'abcdefg123456', 'abc123456789', 'abcd12345678', 'a1b2c3d4e5f6',
	'abc123abc123', '!qaz@wsx#edc', '1qaz!qaz1qaz',
	// English
	'passwordpassword', 'password1234', 'password12345', 'password123456', 'password1234567',
	'password123!', 'password1234!', 'mypassword123', 'mypassword1234', 'newpassword1', 'newpassword123',
	'changeme1234', 'changeme123!', 'passw0rd1234', 'p@ssw0rd1234', 'p@ssword1234', 'pa$$word1234',
	'p@ssw0rd123!', 'welcome12345', 'welcome123456', 'letmein12345', 'letmein123456', 'letmeinplease',
	'iloveyou1234', 'iloveyou12345', 'iloveyou123456', 'iloveyouforever', 'iloveyousomuch',
	'iloveyoubaby', 'iloveyou4ever', 'iloveyoutoo1', 'football1234', 'football12345', 'baseball1234',
	'basketball12', 'basketball123', 'superman1234', 'batman123456', 'princess1234', 'sunshine1234',
	'starwars1234', 'trustno11234', 'administrator', 'administrator1', 'administrator123', 'adminadmin12',
	'admin1234567', 'admin12345678', 'rootroot1234', 'masterkey123', 'monkey123456', 'dragon123456',
	'michael12345', 'jordan123456', 'elizabeth123', 'christopher1', 'alexander123', 'thequickbrownfox',
	'correcthorsebatterystaple', 'nopassword12', 'secretpassword', 'supersecret123', 'topsecret1234',
	'whatever1234', 'computer1234', 'computer12345', 'internet1234', 'blink1821234', 'liverpool123',
	'manchesterunited', 'chelsea12345', 'arsenal12345', 'spongebob123', 'pokemon12345', 'minecraft123',
	'fortnite1234', 'playstation1', 'playstation2', 'playstation3', 'playstation4', 'playstation5',
	'1234567890qwe', 'loveyou12345', 'godisgood123', 'jesuschrist1', 'jesusislord1', 'qwertyuiop[]',
	// German
	'passwort1234', 'passwort12345', 'passwort123456', 'passwort123!', 'passwortpasswort',
	'meinpasswort', 'meinpasswort1', 'meinpasswort123', 'neuespasswort', 'geheimpasswort', 'geheim123456',
	'geheim1234567', 'kennwort1234', 'kennwort12345', 'kennwort123456', 'zugangsdaten', 'benutzer1234',
	'ichliebedich', 'ichliebedich1', 'ichliebedich12', 'ichliebedich123', 'ichliebedich!', 'ichliebedichso',
	'hallo1234567', 'hallo123456!', 'hallo12345678', 'hallohallo12', 'hallohallo123', 'halloichbins',
	'schatz123456', 'schatzi12345', 'mausi1234567', 'hasenbraten1', 'fussball1234', 'fussball12345',
	'fußball1234!', 'bayernmuenchen', 'bayernmünchen', 'fcbayern1900', 'fcbayern1234', 'borussiadortmund',
	'borussia1909', 'bvb09bvb09bvb', 'schalke04schalke', 'schalke041904', 'hertha123456', 'werderbremen',
	'hamburgersv1', 'eintrachtfrankfurt', 'dynamodresden', 'dynamo1953dd', 'rbleipzig123', 'sachsen12345',
	'dresden12345', 'dresden123456', 'leipzig12345', 'chemnitz1234', 'deutschland1', 'deutschland12',
	'deutschland123', 'deutschland1234', 'willkommen12', 'willkommen123', 'willkommen1234',
	'sommer123456', 'winter123456', 'frühling1234', 'herbst123456', 'schule123456', 'schule1234567',
	'lehrer123456', 'schulleitung', 'schulleitung1', 'sekretariat1', 'sekretariat123', 'verwaltung123',
	'verwaltung1234', 'gemeinde1234', 'stadtverwaltung', 'landratsamt1', 'rathaus12345', 'kindergarten',
	'kindergarten1', 'grundschule1', 'grundschule123', 'oberschule123', 'gymnasium123', 'gymnasium1234',
	'startstart12', 'anfang123456', 'sonnenschein', 'sonnenschein1', 'sonnenblume1', 'schmetterling',
	'schneewittchen', 'blumenwiese1', 'mustermann12', 'mustermann123', 'mustermann1234', 'maxmustermann',
	'erikamustermann', 'einszweidrei', 'einszweidreivier', 'ostereier123', 'weihnachten1', 'weihnachten12',
	'weihnachten123', 'silvester2024', 'feuerwehr112', 'feuerwehr1234', 'gutenmorgen1', 'mercedesbenz',
	'mercedes1234', 'volkswagen12', 'porsche911911', 'motorrad1234', 'hundekatzemaus', 'pferde123456',
	'prinzessin12', 'prinzessin123', 'engelchen123', 'zuckerschnecke', 'kuschelbaer1', 'liebling1234'
];

/** Words that leak lists combine with years, digit runs and exclamation marks. */
// prettier-ignore
const BASE_WORDS = [
	'passwort', 'password', 'kennwort', 'geheim', 'sommer', 'winter', 'herbst', 'fruehling', 'frühling',
	'hallo', 'willkommen', 'welcome', 'schule', 'schatz', 'fussball', 'football', 'iloveyou', 'sachsen',
	'dresden', 'leipzig', 'chemnitz', 'qwertz', 'qwerty', 'admin', 'letmein', 'master', 'sunshine',
	'princess', 'januar', 'februar', 'dezember', 'oktober', 'november', 'september', 'deutschland'
];
const SUFFIXES = ['123456', '1234567', '12345678', '123456!', '1234!', '12345!', '!!!!', '!!'];
for (let year = 2015; year <= 2030; year++)
	SUFFIXES.push(`${year}`, `${year}!`, `${year}!!`, `!${year}`);

function buildList(): Set<string> {
	const list = new Set(LEAKED.map((p) => p.toLowerCase()));
	for (const word of BASE_WORDS) {
		for (const suffix of SUFFIXES) {
			const candidate = word + suffix;
			if ([...candidate].length >= 12) list.add(candidate);
		}
	}
	return list;
}

const COMMON = buildList();

/** Number of listed passwords (for tests and documentation). */
export const COMMON_PASSWORD_COUNT = COMMON.size;

/** True for a listed password, or a short unit repeated ("aaaaaaaaaaaa", "abcabcabcabc"). */
export function isCommonPassword(password: string): boolean {
	const normalised = password.toLowerCase();
	if (COMMON.has(normalised)) return true;
	return /^(.{1,4})\1+$/su.test(normalised);
}
