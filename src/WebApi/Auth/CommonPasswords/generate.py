#!/usr/bin/env python3
"""Writes common-passwords.txt: weak password patterns, generated (see README.md beside this file)."""

WORDS = """
password passw0rd p@ssword p@ssw0rd pass admin administrator root user guest login welcome letmein
qwerty qwertyuiop asdfgh asdfghjkl zxcvbn zxcvbnm azerty iloveyou monkey dragon master shadow sunshine
princess football baseball soccer superman batman trustno1 freedom whatever secret starwars pokemon
michael jessica charlie hello test default changeme computer internet
sayang rahasia katasandi indonesia jakarta bismillah alhamdulillah cinta sayangku bandung surabaya
merdeka garuda
cashless kantin sekolah siswa murid guru dompet saldo
""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "01", "007", "69", "99", "00",
            "2020", "2021", "2022", "2023", "2024", "2025", "2026", "@123", "#1"]

WALKS = """
12345678 123456789 1234567890 0123456789 87654321 987654321 9876543210 11111111 00000000 22222222 88888888
99999999 12121212 11223344 12344321 1q2w3e4r 1q2w3e4r5t 1qaz2wsx 1qazxsw2 zaq12wsx qazwsxedc qwer1234
asdf1234 zxcv1234 abcd1234 abc12345 a1b2c3d4 aaaaaaaa abcdefgh 147258369 159753456 741852963
""".split()


def candidates():
    for word in WORDS:
        for suffix in SUFFIXES:
            yield word + suffix
    yield from WALKS


def main():
    entries = sorted({c.lower() for c in candidates() if len(c) >= 8})
    with open("common-passwords.txt", "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(entries) + "\n")
    print(len(entries), "entries")


if __name__ == "__main__":
    main()
