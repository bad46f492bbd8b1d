"""A generated archive of news articles that each name their own people and organisations.

Real news does not repeat one page: every article brings new scholars, companies, funds and
contests, and some of them come back later under a short form. This generator writes such an
archive, deterministic for a seed: each article invents its own names from surnames and name
characters, its own universities, institutes, companies, banks, zones, funds and contests,
and now and then names one from an earlier article again (by its full name or a short form),
so that resolution has work to do across articles.

    python bench/corpus.py OUT_FOLDER --mb 4 [--seed 7] [--per-file 50]

Used by ``bench/extract.py``; the names are invented (no real entity is named).
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉浩然宇轩子涵欣怡思远博文晨阳嘉乐天佳琪"
CORE = "星河云帆锦程海川青石蓝湾翠微长风远航启明宏图瑞丰金桥银杏松涛鹿鸣晴川华章景行致远明德润泽博雅天工智谷"
PLACES = ["江宁", "滨海", "临川", "南岭", "北辰", "东湖", "西江", "云岭", "清源", "望京"]
TITLES = ["教授", "研究员", "副院长", "校长", "副校长", "讲席教授"]  # of a university
RANKS = ["一等奖", "二等奖", "三等奖", "金奖", "银奖", "优秀奖"]


class Names:
    """Invents names and remembers them, so that later articles can name some again."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.seen: dict[str, list[str]] = {"University": [], "Company": [], "ResearchInstitute": []}

    def core(self, n: int = 2) -> str:
        return "".join(self.rng.choice(CORE) for _ in range(n)) + self.rng.choice(CORE)

    def person(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2))))

    def place(self) -> str:
        return self.rng.choice(PLACES)

    def org(self, kind: str) -> tuple[str, str]:
        """(full name, the short form the text may use later) of an organisation of ``kind``,
        one of an earlier article's in one case of eight."""
        if self.seen[kind] and self.rng.random() < 0.125:
            return self.rng.choice(self.seen[kind])
        core = self.core()
        full, short = {
            "University": (self.place() + core + "大学", core + "大学"),
            "Company": (self.place() + core + "科技有限公司", core + "科技"),
            "ResearchInstitute": (self.place() + core + "研究院", core + "研究院"),
        }[kind]
        self.seen[kind].append((full, short))
        return full, short


def article(names: Names, k: int) -> str:
    """One article of roughly a thousand characters."""
    rng = names.rng
    uni, uni_short = names.org("University")
    firm, firm_short = names.org("Company")
    inst, _ = names.org("ResearchInstitute")
    place = names.place()
    zone = place + names.core(1) + "高新区"
    fund = place + names.core(1) + "产业投资基金"
    bank = names.core(1) + "银行"
    contest = f"第{rng.randint(2, 12)}届{place}{names.core(1)}创新创业大赛"
    p = [names.person() for _ in range(6)]
    size = rng.choice((5, 10, 20, 30, 50))
    lines = [
        f"# {firm_short}获{contest}{rng.choice(RANKS)}（第{k}期）",
        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{contest}决赛在{zone}举行。本届大赛由{place}市科技局、{zone}管委会主办，"
        f"{bank}协办，共吸引{rng.randint(80, 600)}个项目参赛。",
        f"经过激烈角逐，{firm}凭借新一代传感器项目获得{rng.choice(RANKS)}，{inst}{p[0]}团队获得{rng.choice(RANKS)}。",
        f"{firm_short}成立于{rng.randint(2010, 2023)}年，由{uni}校友{p[1]}创办，现任{firm_short}董事长的{p[1]}"
        f"毕业于{uni_short}。公司首席科学家{p[2]}是{uni}{rng.choice(TITLES)}。",
        f"{uni}{rng.choice(TITLES)}{p[3]}表示，学校将与{zone}共建联合实验室，推动成果转化。",
        f"同日，总规模{size}亿元的{fund}正式签约。该基金由{zone}管委会、{bank}和{firm}共同发起设立，"
        f"重点投向{zone}内的新材料和人工智能企业。",
        f"{inst}院长{p[4]}介绍，研究院已引进{rng.randint(10, 90)}名青年人才，其中{p[5]}入选国家青年人才计划。",
        f"据了解，{firm_short}去年营收增长{rng.randint(10, 90)}%，研发投入占比超过{rng.randint(5, 30)}%，"
        f"产品已进入{rng.randint(3, 30)}个省份的{rng.randint(20, 300)}家医院和工厂。",
        f"{p[3]}说，下一步将围绕集成电路、生物医药和新能源等方向，联合{firm_short}开展攻关，"
        f"力争在三年内形成一批可推广的成果，并培养更多青年科研人员。",
    ]
    return "\n".join(lines) + "\n"


def write(folder: Path, megabytes: float, seed: int = 7, per_file: int = 50) -> tuple[int, int]:
    """Write about ``megabytes`` of UTF-8 articles, ``per_file`` to a file (separated by a blank
    line); returns (articles, characters)."""
    folder.mkdir(parents=True, exist_ok=True)
    names = Names(random.Random(seed))
    n = size = chars = 0
    batch: list[str] = []
    while size < megabytes * 1_000_000:
        text = article(names, n)
        n += 1
        batch.append(text)
        size += len(text.encode("utf-8"))
        chars += len(text)
        if len(batch) == per_file:
            (folder / f"news-{n // per_file:05d}.txt").write_text("\n\n".join(batch), encoding="utf-8")
            batch = []
    if batch:
        (folder / f"news-{n // per_file + 1:05d}.txt").write_text("\n\n".join(batch), encoding="utf-8")
    return n, chars


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="folder to write the articles to")
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-file", type=int, default=50)
    args = ap.parse_args(argv)
    n, chars = write(Path(args.out), args.mb, args.seed, args.per_file)
    print(f"{n} articles, {chars} characters in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
