package org.commonslibrary.ingest.fingerprint;

/**
 * Two case studies about water written for these tests, in the same language and on the same subject, and a
 * French translation of the first. Facts are simplified, as in the sample corpus.
 */
final class WaterCaseStudies {

    static final String GRENOBLE = """
            Case study: Grenoble takes its water back into public management

            Grenoble, a city of about 160,000 inhabitants in the French Alps, handed the management of its drinking water \
            service to a subsidiary of a large private group in 1989. The contract was signed under a mayor who was later \
            convicted of corruption in connection with the award, and the arrangement became a symbol of how delegated \
            management could escape democratic control. Residents saw their bills rise while investment in the network \
            lagged behind what had been promised.

            A coalition of residents' associations, environmental groups and opposition councillors challenged the contract \
            in the courts. Several rulings found that the price had been inflated to finance an entry fee paid to the city, \
            and that consumers had been charged for costs unrelated to the service. After the municipal elections of 1995 the \
            new majority renegotiated, but the compromise, a mixed company in which the private partner kept operational \
            control, satisfied neither the courts nor the campaigners.

            In 2000 the council decided to end the arrangement, and from 2001 the service was run by a public operator, the \
            Régie des eaux de Grenoble. The new operator inherited the staff and the network. It kept the tariff stable for \
            several years, raised the rate at which old pipes were renewed, and published its accounts in a form that \
            residents could follow. A users' committee with seats for associations was given the right to examine the budget \
            and to propose priorities before the council voted.

            The Grenoble case is often cited for three lessons. First, the end of a contract, or a legal fault in it, opens a \
            window that a city can use if it has prepared the technical and financial ground. Second, public management is \
            not automatically participatory: the users' committee had to be written into the statutes of the operator to \
            have real weight. Third, the savings came less from lower prices than from money that stayed in the service \
            instead of being paid out as dividends and fees.

            Today the public operator also protects the catchment areas upstream of the city, working with farmers to limit \
            pollution, which the city considers cheaper than treating the drinking water after it has been contaminated.
            """;

    static final String NAPLES = """
            Case study: Naples turns its water company into a common good

            In June 2011 more than twenty-five million Italians voted in a national referendum to repeal a law that would \
            have obliged municipalities to open their water services to private capital, and to remove the guaranteed \
            return on invested capital from the water tariff. Naples was among the cities that took the result most \
            literally. Its mayor, elected the same year, had campaigned on water as a common good that should be managed \
            outside the logic of profit.

            The city transformed its water company, until then a joint-stock company wholly owned by the municipality, into \
            a special company under public law, Acqua Bene Comune Napoli, known as ABC. The change, completed between 2011 \
            and 2013, meant that the company could no longer be sold, that any surplus had to be reinvested in the service, \
            and that its statutes could include social and environmental goals alongside efficient management.

            The new statutes created a board with representatives of environmental associations and a committee of \
            citizens with a consultative role. They also set out commitments on the protection of springs and aqueducts, on \
            public fountains, and on a minimum quantity of drinking water for households in economic difficulty. Workers \
            kept their contracts, and the trade unions were consulted on the reorganisation.

            The experience has been mixed. ABC kept the service public and the tariff among the lowest of large Italian \
            cities, but it struggled with an old network, heavy losses of water from leaking pipes, and the financial \
            weakness of the city itself, which limited investment. Participation bodies met irregularly and depended on the \
            political will of successive administrations. Regional reforms that grouped water services into larger \
            districts also raised questions about the future autonomy of the company.

            For other local governments, Naples shows both the strength and the limits of a legal form. Writing the common \
            good into the statutes protects the service against privatisation and makes its purpose explicit, but it does \
            not by itself bring the money and the skills that a large network requires, nor does it guarantee that citizens \
            will stay involved once the campaign is over.
            """;

    static final String GRENOBLE_FR = """
            Étude de cas : Grenoble reprend son eau en gestion publique

            Grenoble, ville d'environ 160 000 habitants dans les Alpes françaises, a confié en 1989 la gestion de son service \
            d'eau potable à une filiale d'un grand groupe privé. Le contrat a été signé sous un maire condamné ensuite pour \
            corruption en lien avec son attribution, et l'arrangement est devenu le symbole d'une gestion déléguée capable \
            d'échapper au contrôle démocratique. Les habitants ont vu leurs factures augmenter tandis que l'investissement \
            dans le réseau restait en deçà de ce qui avait été promis.

            Une coalition d'associations d'habitants, de groupes écologistes et d'élus d'opposition a contesté le contrat \
            devant les tribunaux. Plusieurs décisions ont établi que le prix avait été gonflé pour financer un droit d'entrée \
            versé à la ville, et que les usagers avaient payé des coûts sans rapport avec le service. Après les élections \
            municipales de 1995, la nouvelle majorité a renégocié, mais le compromis, une société mixte dans laquelle le \
            partenaire privé gardait le contrôle opérationnel, n'a satisfait ni les juges ni les militants.

            En 2000, le conseil municipal a décidé de mettre fin à cet arrangement et, à partir de 2001, le service a été \
            assuré par un opérateur public, la Régie des eaux de Grenoble. Le nouvel opérateur a repris le personnel et le \
            réseau. Il a maintenu le tarif stable pendant plusieurs années, accéléré le renouvellement des canalisations \
            anciennes et publié ses comptes sous une forme lisible par les habitants. Un comité d'usagers comprenant des \
            sièges pour les associations a reçu le droit d'examiner le budget et de proposer des priorités avant le vote du \
            conseil.

            Le cas de Grenoble est souvent cité pour trois leçons. D'abord, la fin d'un contrat, ou une faute juridique dans \
            celui-ci, ouvre une fenêtre qu'une ville peut saisir si elle a préparé le terrain technique et financier. \
            Ensuite, la gestion publique n'est pas automatiquement participative : le comité d'usagers a dû être inscrit \
            dans les statuts de l'opérateur pour peser réellement. Enfin, les économies sont venues moins de la baisse des \
            prix que de l'argent resté dans le service au lieu d'être versé en dividendes et en redevances.

            Aujourd'hui, l'opérateur public protège aussi les zones de captage en amont de la ville, en travaillant avec les \
            agriculteurs pour limiter la pollution, ce que la ville juge moins coûteux que de traiter l'eau potable une fois \
            contaminée.
            """;

    private WaterCaseStudies() {
    }
}
